package dev.dash.db;

import static dev.dash.db.SqlStates.INSUFFICIENT_PRIVILEGE;
import static dev.dash.db.SqlStates.assertFails;
import static dev.dash.db.SqlStates.assertRuns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.SampleData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Engineer reads the company's tables and builds in the dash schema only; what it builds the Analyst can read. */
@QuarkusTest
class EngineerBoundaryTest {

    private static final String VIEW = "dash.boundary_probe";

    @Inject
    @DataSource("engineer")
    AgroalDataSource engineer;

    @Inject
    @DataSource("analyst")
    AgroalDataSource analyst;

    @Inject
    SampleData sampleData;

    @BeforeEach
    void loadSampleData() throws SQLException {
        sampleData.ensureLoaded();
        dropProbe();
    }

    @AfterEach
    void dropProbe() throws SQLException {
        assertRuns(engineer, "DROP VIEW IF EXISTS " + VIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        """
        INSERT INTO public.customers (company_name, industry, company_size, country, signup_date, source, status)
        VALUES ('Boundary Probe', 'technology', 'startup', 'US', '2024-01-01', 'organic', 'active')""",
        "UPDATE public.customers SET status = 'churned'",
        "DELETE FROM public.customers",
        "TRUNCATE public.customers",
        "ALTER TABLE public.customers ADD COLUMN probe int",
        "ALTER TABLE public.subscriptions RENAME TO subscriptions_old",
        "DROP TABLE public.usage_metrics",
        "DROP TABLE public.customers CASCADE",
        "CREATE TABLE public.boundary_probe (x int)",
        "CREATE INDEX boundary_probe_idx ON public.customers (status)",
        "SELECT nextval('public.customers_id_seq')",
        "SELECT * FROM public.customers LIMIT 1 FOR UPDATE",
        "COPY public.customers TO '/tmp/dash_boundary_probe'",
        "SELECT pg_read_file('/etc/hostname')",
        "SELECT lo_create(0)",
        "SELECT pg_logical_emit_message(false, 'probe', 'x')",
        "SELECT * FROM dash_internal.knowledge",
        "SELECT * FROM dash_internal.runs",
        "CREATE VIEW dash.boundary_probe AS SELECT * FROM dash_internal.learnings",
        "SELECT * FROM pg_catalog.pg_authid",
        "DROP SCHEMA dash",
        "DROP SCHEMA dash CASCADE",
        "ALTER SCHEMA dash RENAME TO dash_old",
    })
    void cannotChangeCompanyDataOrReachInternals(String sql) throws SQLException {
        assertFails(engineer, sql, INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void buildsAViewInDashThatTheAnalystCanRead() throws SQLException {
        assertRuns(engineer, "CREATE VIEW " + VIEW + " AS "
                + "SELECT plan, count(*) AS subscriptions FROM public.subscriptions WHERE status = 'active' GROUP BY plan");

        assertThat(rows(analyst, "SELECT plan FROM " + VIEW + " ORDER BY plan"))
                .containsExactly("business", "enterprise", "professional", "starter");
    }

    @Test
    void cannotWriteThroughAViewOfItsOwn() throws SQLException {
        assertRuns(engineer, "CREATE VIEW " + VIEW + " AS SELECT id, status FROM public.customers");

        assertFails(engineer, "UPDATE " + VIEW + " SET status = 'churned'", INSUFFICIENT_PRIVILEGE);
        assertFails(engineer, "DELETE FROM " + VIEW, INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void readsThePublicTablesTheServiceCreated() throws SQLException {
        assertThat(rows(engineer, "SELECT count(*)::text FROM public.usage_metrics")).hasSize(1);
    }

    private static List<String> rows(javax.sql.DataSource role, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = role.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
