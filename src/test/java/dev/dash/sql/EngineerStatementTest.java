package dev.dash.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dash.db.EngineerSchema;
import dev.dash.sql.EngineerStatement.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the Engineer may run, as the parser reads it: building in dash, and nothing that administers. */
class EngineerStatementTest {

    private static final EngineerSchema DASH = new EngineerSchema("dash");
    private static final EngineerSchema ANALYTICS = new EngineerSchema("analytics");

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM dash.t",
        "UPDATE dash.t SET x = 1",
        "TRUNCATE dash.t",
        "ALTER TABLE dash.t RENAME TO u",
        "ALTER VIEW dash.v RENAME TO w",
        "GRANT SELECT ON dash.t TO PUBLIC",
        "REVOKE SELECT ON dash.t FROM dash_analyst",
        "CREATE FUNCTION dash.f() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$",
        "CREATE PROCEDURE dash.p() LANGUAGE sql AS $$ SELECT 1 $$",
        "CALL dash.p()",
        "DO $$ BEGIN DELETE FROM dash.t; END $$",
        "COPY dash.t TO STDOUT",
        "SELECT 1; DROP VIEW dash.v",
        "CREATE INDEX i ON dash.t (x)",
        "CREATE TABLE dash.t (x int)",
        "CREATE TEMP TABLE t AS SELECT 1",
        "CREATE TEMP VIEW v AS SELECT 1",
        "CREATE MATERIALIZED VIEW dash.m AS SELECT 1",
        "CREATE VIEW public.v AS SELECT 1",
        "CREATE TABLE public.t AS SELECT 1",
        "INSERT INTO public.customers SELECT * FROM public.customers",
        "INSERT INTO dash.t SELECT 1 ON CONFLICT DO NOTHING",
        "WITH gone AS (DELETE FROM dash.t RETURNING x) INSERT INTO dash.t SELECT x FROM gone",
        "DROP VIEW dash.v CASCADE",
        "DROP VIEW dash.a, dash.b",
        "DROP FUNCTION dash.f",
        "DROP SCHEMA dash",
        "COMMENT ON TABLE dash.t IS 'x'",
        "SET ROLE dash_analyst",
        "SELECT * FROM dash.t FOR UPDATE",
        "CREATE VIEW dash.\"Plans\" AS SELECT 1",
        "DROP VIEW \"dash\".\"Old View\"",
        "",
    })
    void refusesWhatDoesNotBuildInDash(String sql) {
        assertThatThrownBy(() -> EngineerStatement.of(sql, DASH)).isInstanceOf(SqlRejected.class);
    }

    @Test
    void readsWhatItBuildsAndNamesItAsTheSearchPathWould() {
        assertThat(EngineerStatement.of("SELECT count(*) FROM subscriptions", DASH))
                .isEqualTo(new EngineerStatement(Kind.READ, null, false));
        assertThat(EngineerStatement.of("CREATE OR REPLACE VIEW Monthly_MRR AS SELECT 1 AS x;", DASH))
                .isEqualTo(new EngineerStatement(Kind.CREATE_VIEW, "dash.monthly_mrr", true));
        assertThat(EngineerStatement.of("CREATE TABLE dash.plan_totals AS SELECT plan FROM public.subscriptions", DASH))
                .isEqualTo(new EngineerStatement(Kind.CREATE_TABLE_AS, "dash.plan_totals", false));
        assertThat(EngineerStatement.of("INSERT INTO plan_totals SELECT 'x'", DASH))
                .isEqualTo(new EngineerStatement(Kind.INSERT, "dash.plan_totals", false));
        assertThat(EngineerStatement.of("DROP VIEW IF EXISTS \"dash\".\"old_view\"", DASH))
                .isEqualTo(new EngineerStatement(Kind.DROP, "dash.old_view", false));
    }

    @Test
    void buildsInTheConfiguredSchemaAndNowhereElse() {
        assertThat(EngineerStatement.of("CREATE VIEW Monthly_MRR AS SELECT 1 AS x", ANALYTICS))
                .isEqualTo(new EngineerStatement(Kind.CREATE_VIEW, "analytics.monthly_mrr", false));
        assertThat(EngineerStatement.of("DROP TABLE \"analytics\".plan_totals", ANALYTICS))
                .isEqualTo(new EngineerStatement(Kind.DROP, "analytics.plan_totals", false));
        for (String elsewhere : new String[] {"CREATE VIEW dash.v AS SELECT 1", "CREATE VIEW public.v AS SELECT 1",
                "CREATE TABLE dash.t AS SELECT 1", "INSERT INTO dash.t SELECT 1", "DROP VIEW dash.v"}) {
            assertThatThrownBy(() -> EngineerStatement.of(elsewhere, ANALYTICS)).as(elsewhere)
                    .isInstanceOf(SqlRejected.class).hasMessageContaining("analytics");
        }
    }
}
