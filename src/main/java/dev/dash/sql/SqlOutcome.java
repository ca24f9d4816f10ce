package dev.dash.sql;

import dev.dash.run.QueryResult;

/** What running one statement came to: rows, or the database's refusal with its SQLSTATE. */
public sealed interface SqlOutcome {

    String sql();

    long ms();

    record Success(String sql, QueryResult result, long ms) implements SqlOutcome {
    }

    record Failure(String sql, String sqlState, String message, long ms) implements SqlOutcome {
    }
}
