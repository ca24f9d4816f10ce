package dev.dash.provenance;

import dev.dash.run.QueryResult;

/**
 * A statement a run ran and the rows it gave; {@code name} and {@code description} are its validated query's, null
 * for ad-hoc SQL.
 */
public record RanQuery(String name, String description, String sql, QueryResult result) {

    public static RanQuery adHoc(String sql, QueryResult result) {
        return new RanQuery(null, null, sql, result);
    }
}
