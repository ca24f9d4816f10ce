package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowOrderTest {

    private static final List<QueryResult.Column> COLUMNS = List.of(new QueryResult.Column("plan", "text", Unit.TEXT),
            new QueryResult.Column("mrr", "numeric", Unit.CURRENCY));

    @Test
    void sortsOnTheColumnFromTheEndAskedWithEmptyValuesLast() {
        QueryResult rows = result(false, row("a", 5), row("b", null), row("c", 9), row("d", 1));

        assertThat(plans(new RowOrder("mrr", true).apply(rows).orElseThrow())).containsExactly("c", "a", "d", "b");
        assertThat(plans(new RowOrder("mrr", false).apply(rows).orElseThrow())).containsExactly("d", "a", "c", "b");
    }

    @Test
    void aResultCutAtTheRowLimitOrWithoutTheColumnIsNotRanked() {
        assertThat(new RowOrder("mrr", true).apply(result(true, row("a", 5)))).isEmpty();
        assertThat(new RowOrder("seats", true).apply(result(false, row("a", 5)))).isEmpty();
    }

    private static List<Object> row(String plan, Integer mrr) {
        return Arrays.asList(plan, mrr == null ? null : BigDecimal.valueOf(mrr));
    }

    @SafeVarargs
    private static QueryResult result(boolean truncated, List<Object>... rows) {
        return new QueryResult(COLUMNS, List.of(rows), rows.length, truncated);
    }

    private static List<Object> plans(QueryResult result) {
        return result.rows().stream().map(List::getFirst).toList();
    }
}
