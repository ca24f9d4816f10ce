package dev.dash.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.knowledge.meaning.RowOrder;
import dev.dash.provenance.NumberTracer;
import dev.dash.provenance.RanQuery;
import dev.dash.run.QueryResult;
import dev.dash.run.QueryResult.Column;
import dev.dash.run.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answer first, as a sentence with its number in bold, per result shape; the query it came from last. Every figure
 * of every headline is traced to its result (the zero-model answers pass the number check as they are).
 */
class HeadlineTest {

    private static final Column PLAN = new Column("plan", "text", Unit.TEXT);
    private static final Column MRR = new Column("mrr", "numeric", Unit.CURRENCY);
    private static final Column CHURN = new Column("churn_rate_pct", "numeric", Unit.PERCENT);
    private static final Column MONTH = new Column("month", "date", Unit.DATE);

    @Test
    void oneNumberIsASentenceWithTheNumberInBoldAndTheQueryAfterIt() {
        String text = headline("current_mrr", "Current MRR from active subscriptions.",
                result(List.of(MRR), row(new BigDecimal("260303.04"))), Optional.empty());
        assertThat(text).isEqualTo("MRR is **$260,303.04**.\n\n_From the validated query `current_mrr`: Current MRR "
                + "from active subscriptions._");
    }

    @Test
    void oneRowLeadsWithTheMetricAskedAndNamesTheRestAfterIt() {
        QueryResult result = result(List.of(new Column("current_mrr", "numeric", Unit.CURRENCY),
                new Column("current_arr", "numeric", Unit.CURRENCY), new Column("active_customers", "int8", Unit.COUNT)),
                row(new BigDecimal("260303.04"), new BigDecimal("3123636.48"), 550L));
        assertThat(headline("current_mrr", "", result, Optional.empty())).startsWith(
                "Current MRR is **$260,303.04**, with current ARR $3,123,636.48 and 550 active customers.\n\n"
                        + "_From the validated query `current_mrr`._");
        assertThat(headline("current_mrr", "", result, Optional.of(new RowOrder("current_arr", true))))
                .startsWith("Current ARR is **$3,123,636.48**, with current MRR $260,303.04 and 550 active customers.");
        assertThat(headline("customer_count", "", result, Optional.of(new RowOrder("active_customers", true))))
                .as("a count leads as a count").startsWith("There are **550** active customers, with current MRR");
    }

    @Test
    void aTableLeadsWithTheRowAtTheEndAskedOfTheMetricAskedThenShowsTheRows() {
        QueryResult result = result(List.of(PLAN, MRR, CHURN), row("starter", 10, 8.2), row("pro", 40, 3.1),
                row("team", 25, 3.1));
        String highest = headline("churn_by_plan", "Churn by plan.", result,
                Optional.of(new RowOrder("churn_rate_pct", true)));
        assertThat(highest).startsWith("Starter has the highest churn rate: **8.2%**.\n\n| Plan | MRR | Churn rate (%) |")
                .contains("| pro | $40.00 | 3.1% |").endsWith("_From the validated query `churn_by_plan`: Churn by plan._");
        assertThat(headline("churn_by_plan", "", result, Optional.of(new RowOrder("churn_rate_pct", false))))
                .startsWith("Pro and team have the lowest churn rate: **3.1%**.");
        assertThat(headline("churn_by_plan", "", result, Optional.empty()))
                .as("no metric asked: no superlative").startsWith("The query returned 3 rows.\n\n| Plan |");
    }

    @Test
    void aSeriesLeadsWithItsLatestValueAndItsRangeInItsUnit() {
        QueryResult result = result(List.of(MONTH, MRR), row("2024-01-01", 500), row("2024-03-01", 700),
                row("2024-02-01", 300));
        assertThat(headline("new_mrr", "", result, Optional.empty())).startsWith("MRR was **$700.00** in "
                + "Mar 1, 2024; highest $700.00 in Mar 1, 2024, lowest $300.00 in Feb 1, 2024.\n\n| Month | MRR |");
    }

    @Test
    void withNoMetricAskedMoneyLeadsBeforeACountBesideIt() {
        QueryResult result = result(List.of(MONTH, new Column("invoices", "int8", Unit.COUNT), MRR),
                row("2024-01-01", 12L, 500), row("2024-02-01", 14L, 300));
        assertThat(headline("invoiced", "", result, Optional.empty())).startsWith("MRR was **$300.00** in Feb 1, 2024");
    }

    @Test
    void aCutResultMakesNoClaimAboutRowsItDoesNotHoldAndNoRowsSaysSo() {
        QueryResult cut = new QueryResult(List.of(PLAN, MRR), List.of(row("pro", 40), row("team", 25)), 900, true);
        assertThat(headline("q", "", cut, Optional.of(new RowOrder("mrr", true))))
                .startsWith("The query returned 900 rows.").contains("…and 898 more rows (the result was cut");
        assertThat(headline("q", "", result(List.of(PLAN, MRR)), Optional.empty()))
                .startsWith("The query returned no rows.\n\n_From the validated query `q`._");
    }

    private static String headline(String name, String description, QueryResult result, Optional<RowOrder> focus) {
        String text = Headline.of(name, description, result, focus);
        List<RanQuery> ran = List.of(new RanQuery(name, description, "SELECT 1", result));
        assertThat(NumberTracer.trace(text, ran, "")).as(text).allSatisfy(n -> assertThat(n.verified()).isTrue());
        return text;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @SafeVarargs
    private static QueryResult result(List<Column> columns, List<Object>... rows) {
        return new QueryResult(columns, List.of(rows), rows.length, false);
    }
}
