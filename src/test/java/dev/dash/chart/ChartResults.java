package dev.dash.chart;

import dev.dash.run.ChartSpec;
import dev.dash.run.QueryResult;
import dev.dash.run.QueryResult.Column;
import java.util.Arrays;
import java.util.List;

/** Query results for the chart chooser's tests: the usual columns, rows, and the chart a result gets. */
final class ChartResults {

    static final Column MONTH = new Column("month", "date", null);
    static final Column PLAN = new Column("plan", "text", null);
    static final Column MRR = new Column("mrr", "numeric", null);
    static final Column CUSTOMERS = new Column("customers", "int8", null);

    private ChartResults() {
    }

    /** The chart a fresh chooser picks for these rows; fails when it picks none. */
    @SafeVarargs
    static ChartSpec choose(List<Column> columns, List<Object>... rows) {
        return new ChartChooser().choose(result(columns, List.of(rows))).orElseThrow();
    }

    static QueryResult result(List<Column> columns, List<List<Object>> rows) {
        return new QueryResult(columns, rows, rows.size(), false);
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
