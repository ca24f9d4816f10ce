package dev.dash.chart;

import dev.dash.sql.QueryResult;

/** Units of a result column, as the result's metadata names them. */
final class Units {

    static final String CURRENCY = "currency";
    static final String PERCENT = "percent";
    static final String COUNT = "count";

    private Units() {
    }

    static String of(QueryResult.Column column) {
        return null;
    }
}
