package dev.dash.chart;

import static dev.dash.chart.ChartResults.CUSTOMERS;
import static dev.dash.chart.ChartResults.MRR;
import static dev.dash.chart.ChartResults.PLAN;
import static dev.dash.chart.ChartResults.result;
import static dev.dash.chart.ChartResults.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.QueryResult;
import dev.dash.run.QueryResult.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results no chart fits get none: text only, one row of unrelated numbers, many columns of detail, nothing at all,
 * and rates, which do not stack.
 */
class NoChartTest {

    private final ChartChooser chooser = new ChartChooser();

    @Test
    void noChartForTextOnlyResults() {
        assertThat(chooser.choose(result(List.of(new Column("name", "text", null), new Column("email", "text", null)),
                List.of(row("a", "a@x"), row("b", "b@x"))))).isEmpty();
    }

    @Test
    void noChartForOneRowOfUnrelatedNumbers() {
        assertThat(chooser.choose(result(List.of(MRR, CUSTOMERS), List.of(row(100, 5))))).isEmpty();
    }

    @Test
    void noChartForManyColumnsOfDetail() {
        assertThat(chooser.choose(result(List.of(new Column("id", "int8", null), new Column("name", "text", null), PLAN,
                new Column("country", "text", null), MRR), List.of(row(1, "a", "Pro", "DE", 10), row(2, "b", "Pro", "FR", 20)))))
                .isEmpty();
    }

    @Test
    void noChartForAnEmptyOrMissingResult() {
        assertThat(chooser.choose(QueryResult.empty())).isEmpty();
        assertThat(chooser.choose(null)).isEmpty();
    }

    @Test
    void noStackedBarsForARate() {
        assertThat(chooser.choose(result(List.of(new Column("region", "text", null), PLAN, new Column("churn_rate", "numeric", null)),
                List.of(row("EU", "Pro", 0.1), row("US", "Pro", 0.2))))).isEmpty();
    }
}
