package dev.dash.chart;

import static dev.dash.chart.ChartResults.MRR;
import static dev.dash.chart.ChartResults.choose;
import static dev.dash.chart.ChartResults.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.QueryResult.Column;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One number is a big figure, with its change when the row also holds its previous value. */
class FigureChartsTest {

    @Test
    void aSingleNumberIsABigFigure() {
        ChartSpec chart = choose(List.of(new Column("total_mrr", "numeric", null)), row(new BigDecimal("1234.50")));

        assertThat(chart.kind()).isEqualTo(ChartKind.FIGURE);
        assertThat(chart.figure().label()).isEqualTo("Total MRR");
        assertThat(chart.figure().value()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(chart.figure().change()).isNull();
    }

    @Test
    void aNumberWithItsPreviousValueIsAFigureWithItsChange() {
        ChartSpec chart = choose(List.of(MRR, new Column("previous_mrr", "numeric", null)), row(110, 100));

        assertThat(chart.kind()).isEqualTo(ChartKind.FIGURE);
        assertThat(chart.figure().value()).isEqualTo(110);
        assertThat(chart.figure().previous()).isEqualTo(100);
        assertThat(new BigDecimal(chart.figure().change().toString())).isEqualByComparingTo("10");
        assertThat(chart.figure().change_pct()).isEqualTo(0.1);
    }
}
