package dev.dash.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Engineer's runner refuses, before or at the database, every statement that is not building in dash, even on a
 * table the Engineer owns (where the database alone would let it): its rows, name and privileges stay as they were.
 */
@QuarkusTest
class EngineerRunnerTest {

    private static final String USER = "tester";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static final String PROBE = "dash.stmt_probe";
    private static final String PROBE_STATE = """
            SELECT (SELECT count(*) FROM dash.stmt_probe)
                 + (SELECT count(*) FROM pg_proc WHERE proname LIKE 'stmt\\_probe%')
                 + (SELECT count(*) FROM pg_class WHERE relname LIKE 'stmt\\_probe\\_%')
                 + (SELECT count(*) FROM information_schema.role_table_grants
                     WHERE table_name = 'stmt_probe' AND grantee IN ('PUBLIC', 'dash_analyst')
                       AND privilege_type <> 'SELECT')
                 + (SELECT count(*) FROM pg_namespace WHERE nspname = 'stmt_probe')""";

    @Inject
    SqlRunner runner;

    @BeforeEach
    void probe() {
        clean();
        assertThat(runner.engineer(USER, WAIT, "CREATE TABLE " + PROBE + " AS SELECT 1 AS x"))
                .isInstanceOf(SqlOutcome.Success.class);
    }

    @AfterEach
    void clean() {
        Fixture.execute("DROP TABLE IF EXISTS " + PROBE + ", dash.stmt_probe_old, dash.stmt_probe_t, public.stmt_probe_t CASCADE");
        Fixture.execute("DROP VIEW IF EXISTS dash.stmt_probe_v, public.stmt_probe_v");
        Fixture.execute("DROP MATERIALIZED VIEW IF EXISTS dash.stmt_probe_m");
        Fixture.execute("DROP FUNCTION IF EXISTS dash.stmt_probe_f()");
        Fixture.execute("DROP PROCEDURE IF EXISTS dash.stmt_probe_p()");
        Fixture.execute("DROP SCHEMA IF EXISTS stmt_probe");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM dash.stmt_probe",
        "UPDATE dash.stmt_probe SET x = 2",
        "TRUNCATE dash.stmt_probe",
        "ALTER TABLE dash.stmt_probe RENAME TO stmt_probe_old",
        "ALTER TABLE dash.stmt_probe ADD COLUMN y int",
        "GRANT ALL ON dash.stmt_probe TO PUBLIC",
        "GRANT INSERT ON dash.stmt_probe TO dash_analyst",
        "REVOKE SELECT ON dash.stmt_probe FROM dash_analyst",
        "CREATE FUNCTION dash.stmt_probe_f() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$",
        "CREATE PROCEDURE dash.stmt_probe_p() LANGUAGE sql AS $$ DELETE FROM dash.stmt_probe $$",
        "DO $$ BEGIN DELETE FROM dash.stmt_probe; END $$",
        "COPY dash.stmt_probe FROM STDIN",
        "SELECT 1; DELETE FROM dash.stmt_probe",
        "CREATE VIEW dash.stmt_probe_v AS SELECT 1 AS x; DELETE FROM dash.stmt_probe",
        "SELECT '\\'; DELETE FROM dash.stmt_probe; --'",
        "CREATE INDEX stmt_probe_i ON dash.stmt_probe (x)",
        "CREATE TABLE dash.stmt_probe_t (x int)",
        "CREATE MATERIALIZED VIEW dash.stmt_probe_m AS SELECT 1 AS x",
        "CREATE VIEW public.stmt_probe_v AS SELECT 1 AS x",
        "CREATE TABLE public.stmt_probe_t AS SELECT 1 AS x",
        "CREATE SCHEMA stmt_probe",
        "WITH gone AS (DELETE FROM dash.stmt_probe RETURNING x) INSERT INTO dash.stmt_probe SELECT x FROM gone",
        "DROP TABLE dash.stmt_probe CASCADE",
        "LOCK TABLE dash.stmt_probe",
    })
    void refusesWhatDoesNotBuild(String sql) {
        assertThat(runner.engineer(USER, WAIT, sql)).as(sql).isInstanceOf(SqlOutcome.Failure.class);

        assertThat(Fixture.scalar(PROBE_STATE)).as("after %s", sql).isEqualTo(1L);
        assertThat(Fixture.scalar("SELECT to_regclass('" + PROBE + "') IS NOT NULL")).isEqualTo(true);
    }

    @Test
    void buildsFillsReadsAndDrops() {
        assertThat(runner.engineer(USER, WAIT, "INSERT INTO " + PROBE + " SELECT 2")).isInstanceOf(SqlOutcome.Success.class);
        assertThat(runner.engineer(USER, WAIT, "CREATE OR REPLACE VIEW dash.stmt_probe_v AS SELECT sum(x) AS total FROM " + PROBE))
                .isInstanceOf(SqlOutcome.Success.class);
        assertThat(runner.engineer(USER, WAIT, "SELECT total FROM dash.stmt_probe_v")).isInstanceOfSatisfying(
                SqlOutcome.Success.class, s -> assertThat(s.result().rows()).containsExactly(java.util.List.of(3L)));
        assertThat(runner.engineer(USER, WAIT, "DROP VIEW dash.stmt_probe_v")).isInstanceOf(SqlOutcome.Success.class);
    }
}
