package dev.dash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.QueryResult.Column;
import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartChooserTest {

    private static final Column MONTH = new Column("month", "date", null);
    private static final Column PLAN = new Column("plan", "text", null);
    private static final Column MRR = new Column("mrr", "numeric", null);
    private static final Column CUSTOMERS = new Column("customers", "int8", null);

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
    void aCategoryAndAnAverageIsABarSortedLargestFirst() {
        ChartSpec chart = choose(List.of(PLAN, new Column("avg_mrr", "numeric", null)),
                row("Basic", 10), row("Enterprise", 900), row("Pro", 50));

        assertThat(chart.kind()).isEqualTo(ChartKind.BAR);
        assertThat(chart.labels()).containsExactly("Enterprise", "Pro", "Basic");
        assertThat(chart.horizontal()).isFalse();
    }

    @Test
    void longLabelsTurnTheBarsHorizontal() {
        ChartSpec chart = choose(List.of(new Column("industry", "text", null), new Column("churn_rate", "numeric", null)),
                row("Financial services", 0.1), row("Healthcare", 0.2), row("Retail", 0.05));

        assertThat(chart.kind()).isEqualTo(ChartKind.BAR);
        assertThat(chart.horizontal()).isTrue();
    }

    @Test
    void manyCategoriesOfACountKeepTheLargestAndSumTheRestAsOther() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(row("c" + i, i));
        }
        ChartSpec chart = chooser.choose(result(List.of(new Column("country", "text", null), CUSTOMERS), rows)).orElseThrow();

        assertThat(chart.kind()).isEqualTo(ChartKind.BAR);
        assertThat(chart.labels()).hasSize(ChartChooser.MAX_CATEGORIES).startsWith("c20").endsWith("Other");
        // c1..c9 summed: 45
        assertThat(((Number) chart.series().getFirst().values().getLast()).intValue()).isEqualTo(45);
        assertThat(chart.note()).contains("Other");
    }

    @Test
    void manyCategoriesOfARateAreCutNotSummed() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(row("c" + i, i / 100.0));
        }
        ChartSpec chart = chooser.choose(result(List.of(new Column("country", "text", null),
                new Column("churn_rate", "float8", null)), rows)).orElseThrow();

        assertThat(chart.labels()).hasSize(ChartChooser.MAX_CATEGORIES).doesNotContain("Other");
        assertThat(chart.note()).isEqualTo("Largest 12 of 20 shown");
    }

    @Test
    void fewPartsOfAnAdditiveMeasureAreAPie() {
        ChartSpec chart = choose(List.of(PLAN, MRR), row("Basic", 100), row("Pro", 300), row("Enterprise", 600));

        assertThat(chart.kind()).isEqualTo(ChartKind.PIE);
        assertThat(chart.labels()).containsExactly("Enterprise", "Pro", "Basic");
    }

    @Test
    void sharesThatAddUpToAWholeAreAPie() {
        ChartSpec chart = choose(List.of(PLAN, new Column("pct_of_customers", "numeric", null)),
                row("Basic", 50.0), row("Pro", 30.0), row("Enterprise", 20.0));

        assertThat(chart.kind()).isEqualTo(ChartKind.PIE);
    }

    @Test
    void twoCategoriesAndACountAreStackedBars() {
        ChartSpec chart = choose(List.of(new Column("region", "text", null), PLAN, CUSTOMERS),
                row("EU", "Pro", 5), row("EU", "Basic", 10), row("US", "Pro", 20), row("US", "Basic", 1));

        assertThat(chart.kind()).isEqualTo(ChartKind.STACKED_BAR);
        assertThat(chart.labels()).containsExactly("US", "EU");
        assertThat(chart.series()).extracting(ChartSpec.Series::name).containsExactly("Pro", "Basic");
        assertThat(chart.series().getFirst().values()).containsExactly(20, 5);
    }

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

    @Test
    void aTruncatedResultSaysSo() {
        ChartSpec chart = chooser.choose(new QueryResult(List.of(MONTH, MRR),
                List.of(row("2024-01-01", 1), row("2024-02-01", 2)), 2, true)).orElseThrow();

        assertThat(chart.note()).isEqualTo("First 2 rows only");
    }

    private ChartSpec choose(List<Column> columns, List<Object>... rows) {
        return chooser.choose(result(columns, List.of(rows))).orElseThrow();
    }

    private static QueryResult result(List<Column> columns, List<List<Object>> rows) {
        return new QueryResult(columns, rows, rows.size(), false);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
