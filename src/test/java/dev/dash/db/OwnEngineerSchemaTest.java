package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import dev.dash.testsupport.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Company data in Dash's own database with the Engineer's schema configured as analytics: the service creates that
 * schema at startup with the grants {@code ./dash grants} prints, the Engineer builds there and nowhere else, the
 * Analyst reads what it built, and the probe finds the Engineer able to build there.
 */
@QuarkusTest
@TestProfile(OwnEngineerSchemaTest.Analytics.class)
class OwnEngineerSchemaTest {

    private static final String SCHEMA = "analytics";
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** The Engineer's schema named analytics, missing until the service starts. */
    public static class Analytics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Fixture.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            return Map.of("dash.data.engineer-schema", SCHEMA);
        }
    }

    @Inject
    SqlRunner sql;
    @Inject
    BoundaryProbe probe;
    @Inject
    DatabaseStatus status;

    @AfterEach
    void dropView() {
        Fixture.execute("DROP VIEW IF EXISTS analytics.own_schema_probe");
    }

    /** The other classes share this database with the default schema. */
    @AfterAll
    static void dropSchema() {
        Fixture.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void theServiceCreatesTheSchemaAndTheEngineerBuildsThereOnly() {
        assertThat(Fixture.scalar("SELECT has_schema_privilege('dash_engineer', 'analytics', 'CREATE') "
                + "AND has_schema_privilege('dash_analyst', 'analytics', 'USAGE') "
                + "AND NOT has_schema_privilege('dash_analyst', 'analytics', 'CREATE')")).isEqualTo(true);

        for (String elsewhere : List.of("CREATE VIEW dash.own_schema_probe AS SELECT 1 AS x",
                "CREATE VIEW public.own_schema_probe AS SELECT 1 AS x")) {
            assertThat(sql.engineer("alice", WAIT, elsewhere)).as(elsewhere).isInstanceOfSatisfying(
                    SqlOutcome.Failure.class, f -> assertThat(f.message()).contains("only in the analytics schema"));
        }
        assertThat(sql.engineer("alice", WAIT, "CREATE VIEW own_schema_probe AS SELECT 42 AS x"))
                .isInstanceOf(SqlOutcome.Success.class);
        assertThat(Fixture.scalar("SELECT to_regclass('analytics.own_schema_probe') IS NOT NULL")).isEqualTo(true);

        var read = sql.read("SELECT x FROM own_schema_probe");
        assertThat(read).as("the Analyst reads it by its plain name").isInstanceOf(SqlOutcome.Success.class);
        assertThat(((SqlOutcome.Success) read).result().rows()).containsExactly(List.of(42));

        probe.probe();
        assertThat(status.boundaries().get("engineer").get("can_build").detail())
                .isEqualTo("dash_engineer creates in analytics");
        assertThat(status.engineerOff()).isEmpty();
    }
}
