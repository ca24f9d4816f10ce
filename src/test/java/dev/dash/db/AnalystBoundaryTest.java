package dev.dash.db;

import static dev.dash.db.SqlStates.INSUFFICIENT_PRIVILEGE;
import static dev.dash.db.SqlStates.QUERY_CANCELED;
import static dev.dash.db.SqlStates.READ_ONLY_TRANSACTION;
import static dev.dash.db.SqlStates.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.SampleData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Analyst reads the company's tables and nothing else. Writes are stopped twice: by the read-only transaction and,
 * when that is switched off, by the missing privileges.
 */
@QuarkusTest
class AnalystBoundaryTest {

    private static final String INSERT = """
            INSERT INTO public.customers (company_name, industry, company_size, country, signup_date, source, status)
            VALUES ('Boundary Probe', 'technology', 'startup', 'US', '2024-01-01', 'organic', 'active')""";

    @Inject
    @DataSource("analyst")
    AgroalDataSource analyst;

    @Inject
    SampleData sampleData;

    @BeforeEach
    void loadSampleData() {
        sampleData.ensureLoaded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"customers", "subscriptions", "plan_changes", "invoices", "usage_metrics", "support_tickets"})
    void readsEveryPublicTable(String table) throws SQLException {
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            assertThat(rs.getLong(1)).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        INSERT,
        "UPDATE public.customers SET status = 'churned'",
        "DELETE FROM public.customers",
        "TRUNCATE public.customers",
        "CREATE TABLE public.boundary_probe (x int)",
        "CREATE TABLE dash.boundary_probe (x int)",
        "CREATE VIEW dash.boundary_probe AS SELECT 1 AS x",
        "CREATE TEMP TABLE boundary_probe (x int)",
        "WITH gone AS (DELETE FROM public.customers RETURNING id) SELECT count(*) FROM gone",
        "DO $$ BEGIN " + INSERT + "; END $$",
        "SELECT nextval('public.customers_id_seq')",
        "SELECT * FROM public.customers LIMIT 1 FOR UPDATE",
        "SELECT lo_create(0)",
        "SELECT lo_import('/etc/hostname')",
        "SELECT pg_logical_emit_message(false, 'probe', 'x')",
        "SELECT pg_logical_emit_message(true, 'probe', 'x')",
    })
    void cannotWrite(String sql) throws SQLException {
        assertFails(analyst, sql, READ_ONLY_TRANSACTION, INSUFFICIENT_PRIVILEGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "COPY public.customers TO '/tmp/dash_boundary_probe'",
        "SELECT pg_read_file('/etc/hostname')",
        "SELECT pg_ls_dir('.')",
        "SELECT * FROM dash_internal.knowledge",
        "SELECT * FROM dash_internal.learnings",
        "SELECT * FROM pg_catalog.pg_authid",
        "SET ROLE dash_engineer",
    })
    void cannotReachFilesInternalsOrOtherRoles(String sql) throws SQLException {
        assertFails(analyst, sql, INSUFFICIENT_PRIVILEGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {INSERT, "UPDATE public.customers SET status = 'churned'", "DELETE FROM public.customers",
        "CREATE TABLE public.boundary_probe (x int)", "CREATE VIEW dash.boundary_probe AS SELECT 1 AS x",
        "CREATE TEMP TABLE boundary_probe (x int)", "SELECT nextval('public.customers_id_seq')",
        "SELECT pg_logical_emit_message(false, 'probe', 'x')"})
    void cannotWriteAfterSwitchingReadOnlyOff(String sql) throws SQLException {
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("SET default_transaction_read_only = off");
                assertFails(s, sql, INSUFFICIENT_PRIVILEGE);
            } finally {
                // The connection goes back to the pool: give it back as the datasource made it.
                s.execute("SET default_transaction_read_only = on");
            }
        }
    }

    @Test
    void cannotWriteInAReadWriteTransaction() throws SQLException {
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement()) {
            s.execute("BEGIN READ WRITE");
            try {
                assertFails(s, INSERT, INSUFFICIENT_PRIVILEGE);
            } finally {
                s.execute("ROLLBACK");
            }
        }
    }

    @Test
    void cannotTerminateAnotherSession() throws SQLException {
        try (Connection victim = analyst.getConnection(); Statement v = victim.createStatement();
                var rs = v.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int pid = rs.getInt(1);
            assertFails(analyst, "SELECT pg_terminate_backend(" + pid + ")", INSUFFICIENT_PRIVILEGE);
            assertFails(analyst, "SELECT pg_cancel_backend(" + pid + ")", INSUFFICIENT_PRIVILEGE);
            assertThat(victim.isValid(2)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT pg_sleep(0)",
        "SELECT pg_sleep_for('0 seconds')",
        "SELECT pg_sleep_until(now())",
        "SELECT pg_advisory_lock(1)",
        "SELECT pg_advisory_lock(1, 2)",
        "SELECT pg_advisory_unlock(1)",
        "SELECT pg_advisory_lock_shared(1)",
        "SELECT pg_try_advisory_lock(1)",
        "SELECT pg_try_advisory_lock_shared(1, 2)",
        "SELECT pg_advisory_unlock_all()",
        "SELECT pg_read_file_old('/etc/hostname', 0, 10)",
    })
    void cannotSleepOrTakeLocksThatHoldAPooledConnection(String sql) throws SQLException {
        assertFails(analyst, sql, INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void longQueryIsCutByTheStatementTimeout() throws SQLException {
        long started = System.nanoTime();
        assertFails(analyst, "SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000) b",
                QUERY_CANCELED);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(8_000);
    }

}
