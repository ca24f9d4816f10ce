package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** SQLSTATEs the boundary tests expect, and the assertion that a statement fails with one of them. */
final class SqlStates {

    static final String INSUFFICIENT_PRIVILEGE = "42501";
    static final String READ_ONLY_TRANSACTION = "25006";
    static final String QUERY_CANCELED = "57014";

    private SqlStates() {
    }

    static void assertFails(DataSource role, String sql, String... states) throws SQLException {
        try (Connection c = role.getConnection(); Statement s = c.createStatement()) {
            assertFails(s, sql, states);
        }
    }

    static void assertFails(Statement s, String sql, String... states) {
        assertThatThrownBy(() -> s.execute(sql)).as("expected to fail: %s", sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                        .as("%s -> %s", sql, e.getMessage()).isIn((Object[]) states));
    }

    static void assertRuns(DataSource role, String sql) throws SQLException {
        try (Connection c = role.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
