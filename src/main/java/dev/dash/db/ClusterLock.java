package dev.dash.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * A lock every replica sees: a row of {@code dash_internal.locks} held with {@code SELECT ... FOR UPDATE} in an open
 * transaction while the work runs, so instances sharing the database never do the same job at once. The row lock ends
 * with the transaction, also when a process dies. Waiting is bounded by {@code lock_timeout}.
 */
@ApplicationScoped
public class ClusterLock {

    private static final String WAIT = "10min";

    private final AgroalDataSource db;

    public ClusterLock(AgroalDataSource db) {
        this.db = db;
    }

    public <T> T holding(String name, Supplier<T> work) {
        try (Connection c = db.getConnection()) {
            call(c, "INSERT INTO dash_internal.locks (name) VALUES (?) ON CONFLICT DO NOTHING", name);
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL lock_timeout = '" + WAIT + "'");
                }
                call(c, "SELECT name FROM dash_internal.locks WHERE name = ? FOR UPDATE", name);
                return work.get();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException(e);
        }
    }

    private static void call(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            s.execute();
        }
    }
}
