package dev.dash.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyIsCurrencyWithSeparatorsAndCents() {
        assertThat(Formats.value(new BigDecimal("260303.04"), Unit.CURRENCY)).isEqualTo("$260,303.04");
        assertThat(Formats.value(1200L, Unit.CURRENCY)).isEqualTo("$1,200.00");
        assertThat(Formats.value(new BigDecimal("-45.5"), Unit.CURRENCY)).isEqualTo("-$45.50");
    }

    @Test
    void ratesArePercentagesCountsHaveSeparators() {
        assertThat(Formats.value(new BigDecimal("7.80"), Unit.PERCENT)).isEqualTo("7.8%");
        assertThat(Formats.value(new BigDecimal("12.345"), Unit.PERCENT)).isEqualTo("12.35%");
        assertThat(Formats.value(1234567L, Unit.COUNT)).isEqualTo("1,234,567");
        assertThat(Formats.value(new BigDecimal("0.4500"), Unit.NUMBER)).isEqualTo("0.45");
    }

    @Test
    void datesAreReadable() {
        assertThat(Formats.value("2025-03", Unit.DATE)).isEqualTo("Mar 2025");
        assertThat(Formats.value("2025-02-28", Unit.DATE)).isEqualTo("Feb 28, 2025");
        assertThat(Formats.value("2025-02-28T00:00", Unit.DATE)).isEqualTo("Feb 28, 2025");
        assertThat(Formats.value("2025-02-28T14:05:09", Unit.DATE)).isEqualTo("Feb 28, 2025 14:05");
        assertThat(Formats.value(2025, Unit.DATE)).isEqualTo("2025");
        assertThat(Formats.value("all years", Unit.DATE)).isEqualTo("all years");
    }

    @Test
    void missingValuesAndTextStayPlain() {
        assertThat(Formats.value(null, Unit.CURRENCY)).isEqualTo(Formats.NO_VALUE);
        assertThat(Formats.value("too_expensive", Unit.TEXT)).isEqualTo("too_expensive");
    }

    @Test
    void labelsReadLikeWords() {
        assertThat(Formats.label("current_mrr")).isEqualTo("Current MRR");
        assertThat(Formats.label("monthly_churn_rate_pct")).isEqualTo("Monthly churn rate (%)");
        assertThat(Formats.label("avg_seat_utilization")).isEqualTo("Average seat utilization");
    }
}
