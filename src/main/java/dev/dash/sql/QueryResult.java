package dev.dash.sql;

import java.util.List;

/** Rows of a query as every interface renders them: numbers stay numbers, dates are ISO-8601 text. */
public record QueryResult(List<Column> columns, List<List<Object>> rows, int row_count, boolean truncated) {

    public record Column(String name, String type) {
    }

    public static QueryResult empty() {
        return new QueryResult(List.of(), List.of(), 0, false);
    }
}
