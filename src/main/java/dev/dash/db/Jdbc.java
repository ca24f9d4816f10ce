package dev.dash.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers for the service's own tables: positional parameters, collections bound as text arrays. */
public final class Jdbc {

    private Jdbc() {
    }

    /** Handles one row. */
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs a query; a dead pooled connection is replaced once, since reading twice is harmless. */
    public static void query(DataSource db, String sql, List<?> params, RowHandler handler) {
        for (int attempt = 1;; attempt++) {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                bind(c, s, params);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
                return;
            } catch (SQLException e) {
                if (attempt > 1 || !DeadConnections.isDead(e.getSQLState())) {
                    throw new DataAccessException(e);
                }
            }
        }
    }

    /** Runs a change; retried once on a fresh connection only when the first one died before the statement was sent. */
    public static int update(DataSource db, String sql, List<?> params) {
        for (int attempt = 1;; attempt++) {
            boolean sent = false;
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                bind(c, s, params);
                sent = true;
                return s.executeUpdate();
            } catch (SQLException e) {
                if (attempt > 1 || sent || !DeadConnections.isDead(e.getSQLState())) {
                    throw new DataAccessException(e);
                }
            }
        }
    }

    public static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static void bind(Connection c, PreparedStatement s, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Collection<?> values) {
                s.setArray(i + 1, c.createArrayOf("text", values.toArray()));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    /** The service's own tables could not be read or written. */
    public static class DataAccessException extends RuntimeException {
        public DataAccessException(SQLException cause) {
            super("Database error: " + cause.getMessage(), cause);
        }

        /** The database could not be reached (no connection in time, connection dropped, server shutting down). */
        public boolean unavailable() {
            String state = ((SQLException) getCause()).getSQLState();
            return state == null || DeadConnections.isDead(state) || state.startsWith("57P");
        }
    }
}
