package dev.dash.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.run.RunMetrics;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.SampleData;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cost guard on the sample data with the shipped defaults: a cartesian join is refused before it runs, with the
 * hint and counted by role; every shipped validated query passes; limits at 0 turn it off.
 */
@QuarkusTest
class CostGuardTest {

    private static final String USER = "tester";
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** No join condition: every customer with every subscription with every invoice, counted per industry. */
    private static final String CARTESIAN = "SELECT c.industry, count(*) AS n FROM customers c, subscriptions s, "
            + "invoices i GROUP BY c.industry";
    /** Rows enough to pass the rows limit without an aggregate over them (customers times usage rows). */
    private static final String WIDE = "SELECT c.id, u.id FROM customers c CROSS JOIN usage_metrics u";

    @Inject
    SqlRunner sql;
    @Inject
    CostGuard guard;
    @Inject
    SampleData data;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry registry;
    @Inject
    @DataSource("analyst")
    AgroalDataSource analyst;

    @BeforeEach
    void sample() {
        data.ensureLoaded();
    }

    @AfterEach
    void clean() {
        Fixture.execute("DROP TABLE IF EXISTS dash.guard_probe");
        Fixture.execute("DROP VIEW IF EXISTS dash.guard_probe_v");
    }

    @Test
    void aCartesianJoinIsRefusedWithTheHintAndCounted() {
        double before = refused("analyst");

        var outcome = (SqlOutcome.Failure) sql.read(USER, WAIT, CARTESIAN);

        assertThat(outcome.sqlState()).isEqualTo(SqlRunner.PLAN_REFUSED);
        assertThat(outcome.message()).startsWith("Plan refused: estimated cost ")
                .contains("(limit 1000000)", "(limit 10000000)", "ON condition", "GROUP BY", "a view the Engineer prepared");
        assertThat(refused("analyst")).isEqualTo(before + 1);
    }

    @Test
    void everyShippedValidatedQueryPassesWithTheDefaults() throws SQLException {
        var queries = new KnowledgeFiles(json).read(Path.of("knowledge")).stream()
                .filter(e -> e.kind().equals("query")).toList();
        assertThat(queries).hasSizeGreaterThan(10);
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement()) {
            for (KnowledgeEntry query : queries) {
                assertThat(guard.refusal(s, query.sql())).as(query.name()).isEmpty();
                assertThat(guard.estimate(s, query.sql())).as(query.name()).isPresent();
            }
        }
    }

    @Test
    void eachLimitRefusesOnItsOwnAndZeroTurnsItOff() throws SQLException {
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement()) {
            CostGuard.Estimate wide = guard.estimate(s, WIDE).orElseThrow();
            assertThat(wide.rows()).isGreaterThan(10_000_000);

            assertThat(new CostGuard(0, 10_000_000, json).refusal(s, WIDE)).isPresent();
            assertThat(new CostGuard(0, 10_000_000, json).refusal(s, CARTESIAN)).isEmpty();
            assertThat(new CostGuard(1_000_000, 0, json).refusal(s, CARTESIAN).orElseThrow())
                    .contains("(limit 1000000)", "(no limit)");
            assertThat(new CostGuard(0, 0, json).refusal(s, CARTESIAN)).isEmpty();
            assertThat(new CostGuard(0, 0, json).refusal(s, WIDE)).isEmpty();
        }
        assertThatThrownBy(() -> new CostGuard(-1, 0, json)).hasMessageContaining("dash.sql.max-plan-cost");
    }

    @Test
    void theAnalystsDefaultLimitKeepsAWidePlanCheap() {
        // PostgreSQL stops after 50 rows, so the plan the runner sends (with LIMIT 50) is cheap: it runs.
        var outcome = (SqlOutcome.Success) sql.read(USER, WAIT, WIDE);
        assertThat(outcome.result().row_count()).isEqualTo(50);
    }

    @Test
    void theEngineersTableFromACartesianJoinIsRefusedButAViewIsNotPlanned() {
        double before = refused("engineer");

        var table = (SqlOutcome.Failure) sql.engineer(USER, WAIT, "CREATE TABLE dash.guard_probe AS " + CARTESIAN);
        assertThat(table.sqlState()).isEqualTo(SqlRunner.PLAN_REFUSED);
        assertThat(refused("engineer")).isEqualTo(before + 1);
        assertThat(Optional.ofNullable(Fixture.scalar("SELECT to_regclass('dash.guard_probe')"))).isEmpty();

        // Defining a view runs nothing; reading it is planned then.
        assertThat(sql.engineer(USER, WAIT, "CREATE VIEW dash.guard_probe_v AS " + CARTESIAN))
                .isInstanceOf(SqlOutcome.Success.class);
        assertThat(((SqlOutcome.Failure) sql.read(USER, WAIT, "SELECT * FROM dash.guard_probe_v")).sqlState())
                .isEqualTo(SqlRunner.PLAN_REFUSED);
        assertThat(sql.engineer(USER, WAIT, "CREATE TABLE dash.guard_probe AS SELECT industry, count(*) AS n "
                + "FROM customers GROUP BY industry")).isInstanceOf(SqlOutcome.Success.class);
    }

    private double refused(String role) {
        return registry.counter(RunMetrics.PLANS_REFUSED, "role", role).count();
    }
}
