package dev.dash.db;

import java.util.Set;

/**
 * Tells a connection the server dropped (restart, terminated backend, network) from an error of the statement itself:
 * SQLSTATE class 08, or the server shutting the session down (57P01–57P03). Such a failure is worth one more try on a
 * fresh connection, when the statement had not run or only read.
 */
public final class DeadConnections {

    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");

    private DeadConnections() {
    }

    public static boolean isDead(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SHUTDOWN.contains(sqlState));
    }
}
