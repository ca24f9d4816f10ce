package dev.dash.chart;

import static dev.dash.chart.ChartResults.CUSTOMERS;
import static dev.dash.chart.ChartResults.MRR;
import static dev.dash.chart.ChartResults.PLAN;
import static dev.dash.chart.ChartResults.choose;
import static dev.dash.chart.ChartResults.result;
import static dev.dash.chart.ChartResults.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.QueryResult.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows per category are bars, largest first (horizontal for long labels, the largest few with the rest summed or cut),
 * a pie for a few parts of a whole, and stacked bars for two categories and a count.
 */
class CategoryChartsTest {

    private final ChartChooser chooser = new ChartChooser();

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
}
