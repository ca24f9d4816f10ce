package dev.dash.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.KnowledgeMoneyWords;
import dev.dash.run.Unit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Units decided by meaning, with the money words of the shipped knowledge folder. */
class UnitRulesTest {

    private static final UnitRules RULES =
            new UnitRules(KnowledgeMoneyWords.of(new KnowledgeFiles(new ObjectMapper()), Path.of("knowledge")));

    @Test
    void theKnowledgeNamesItsMoney() {
        assertThat(KnowledgeMoneyWords.of(new KnowledgeFiles(new ObjectMapper()), Path.of("knowledge")))
                .contains("mrr", "amount", "arr", "arpa", "clv").doesNotContain("nrr", "csat");
    }

    @Test
    void moneyColumnsAreCurrencyAndSharesOfMoneyArePercent() {
        assertThat(RULES.of("current_mrr", "numeric")).isEqualTo(Unit.CURRENCY);
        assertThat(RULES.of("mrr_at_month_end", "numeric")).isEqualTo(Unit.CURRENCY);
        assertThat(RULES.of("arpa", "numeric")).isEqualTo(Unit.CURRENCY);
        assertThat(RULES.of("paid_amount", "numeric")).isEqualTo(Unit.CURRENCY);
        assertThat(RULES.of("pct_of_mrr", "numeric")).isEqualTo(Unit.PERCENT);
        assertThat(RULES.of("monthly_churn_rate_pct", "numeric")).isEqualTo(Unit.PERCENT);
    }

    @Test
    void countsDatesNumbersAndText() {
        assertThat(RULES.of("active_customers", "int8")).isEqualTo(Unit.COUNT);
        assertThat(RULES.of("seats", "numeric")).isEqualTo(Unit.COUNT);
        assertThat(RULES.of("year", "int4")).isEqualTo(Unit.DATE);
        assertThat(RULES.of("month", "text")).isEqualTo(Unit.DATE);
        assertThat(RULES.of("signup_date", "date")).isEqualTo(Unit.DATE);
        assertThat(RULES.of("avg_seat_utilization", "numeric")).isEqualTo(Unit.NUMBER);
        assertThat(RULES.of("plan", "text")).isEqualTo(Unit.TEXT);
    }
}
