package dev.dash.chart;

import static dev.dash.chart.ChartResults.CUSTOMERS;
import static dev.dash.chart.ChartResults.MONTH;
import static dev.dash.chart.ChartResults.MRR;
import static dev.dash.chart.ChartResults.PLAN;
import static dev.dash.chart.ChartResults.choose;
import static dev.dash.chart.ChartResults.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.QueryResult;
import dev.dash.run.QueryResult.Column;
import dev.dash.run.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows over dates are a line chart: a series per measure in the unit of the first, or a series per category with gaps
 * where a date has no row, in date order; and a note when the rows were cut.
 */
class LineChartsTest {

    private final ChartChooser chooser = new ChartChooser();

    @Test
    void datesAndNumbersAreALineWithOneSeriesPerNumberInDateOrder() {
        ChartSpec chart = choose(List.of(MONTH, MRR, CUSTOMERS),
                row("2024-02-01", 120, 12), row("2024-01-01", 100, 10), row("2024-03-01", 150, 14));

        assertThat(chart.kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart.labels()).containsExactly("2024-01-01", "2024-02-01", "2024-03-01");
        assertThat(chart.series()).extracting(ChartSpec.Series::name).containsExactly("MRR", "Customers");
        assertThat(chart.series().getFirst().values()).containsExactly(100, 120, 150);
    }

    @Test
    void derivedColumnsStayInTheTable() {
        ChartSpec chart = choose(List.of(MONTH, MRR, new Column("mrr_change", "numeric", null),
                new Column("cumulative_signups", "int8", null)), row("2024-01-01", 100, null, 1), row("2024-02-01", 120, 20, 3));

        assertThat(chart.series()).extracting(ChartSpec.Series::name).containsExactly("MRR");
    }

    @Test
    void aLineKeepsToTheUnitOfItsFirstMeasure() {
        ChartSpec chart = choose(List.of(new Column("month", "text", Unit.DATE), new Column("mrr", "numeric",
                Unit.CURRENCY), new Column("active_customers", "int8", Unit.COUNT)),
                row("2024-01", 100, 3), row("2024-02", 120, 4));

        assertThat(chart.kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart.unit()).isEqualTo(Unit.CURRENCY);
        assertThat(chart.series()).extracting(ChartSpec.Series::name).containsExactly("MRR");
    }

    @Test
    void longFormDateCategoryNumberIsALinePerCategoryWithGapsWhereMissing() {
        ChartSpec chart = choose(List.of(MONTH, PLAN, MRR),
                row("2024-01-01", "Pro", 10), row("2024-01-01", "Basic", 5), row("2024-02-01", "Pro", 12));

        assertThat(chart.kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart.labels()).containsExactly("2024-01-01", "2024-02-01");
        assertThat(chart.series()).extracting(ChartSpec.Series::name).containsExactly("Pro", "Basic");
        assertThat(chart.series().get(1).values()).containsExactly(5, null);
    }

    @Test
    void aTruncatedResultSaysSo() {
        ChartSpec chart = chooser.choose(new QueryResult(List.of(MONTH, MRR),
                List.of(row("2024-01-01", 1), row("2024-02-01", 2)), 2, true)).orElseThrow();

        assertThat(chart.note()).isEqualTo("First 2 rows only");
    }
}
