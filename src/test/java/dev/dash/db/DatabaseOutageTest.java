package dev.dash.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.PrivateCluster;
import dev.dash.testsupport.PrivateClusterResource;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service runs on a PostgreSQL of the test's own, which the test takes away: /health reports what each pool sees,
 * and the first question after a restart is answered as before.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(PrivateClusterResource.class)
class DatabaseOutageTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String QUESTION = "When did the newest fx customer sign up?";
    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(20);

    @Inject
    TestKnowledge knowledge;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theFirstQuestionAfterARestartIsAnsweredAndHealthFollowsTheServer() throws SQLException {
        PrivateCluster cluster = PrivateClusterResource.cluster();
        try (Connection c = cluster.superuser()) {
            Fixture.load(c);
        }
        knowledge.validatedQuery("fx_newest_signup", "Date of the newest fx customer signup", QUESTION,
                "SELECT max(signup_date) AS newest_signup FROM fx_customers", List.of("fx_customers"));
        MODEL.script();
        JsonPath before = ask();
        assertThat(before.getString("route")).isEqualTo("fast_path");
        awaitPools("ok");

        cluster.stop();
        Response down = awaitPools("unavailable");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.jsonPath().getString("status")).isEqualTo("unavailable");
        assertThat(down.jsonPath().getString("database.error")).startsWith("pool ");

        cluster.start();
        JsonPath after = ask();
        assertThat(after.getString("status")).isEqualTo("completed");
        assertThat(after.getString("route")).isEqualTo("fast_path");
        assertThat(after.getString("answer")).isEqualTo(before.getString("answer"));
        assertThat(MODEL.requests()).isEmpty();
        Response up = awaitPools("ok");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.jsonPath().getString("status")).isEqualTo("ok");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPoolThatCannotConnectIsNamedAndRecoversWithItsRole() throws SQLException {
        PrivateCluster cluster = PrivateClusterResource.cluster();
        awaitPools("ok");
        try (Connection c = cluster.superuser(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE dash_engineer NOLOGIN");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'dash_engineer'");
        }
        try {
            Response down = awaitHealth(
                    health -> "unavailable".equals(health.jsonPath().getString("database.pools.engineer.status")));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.jsonPath().getString("status")).isEqualTo("unavailable");
            assertThat(down.jsonPath().getString("database.error")).startsWith("pool engineer: ")
                    .contains("not permitted to log in");
            assertThat(down.jsonPath().getString("database.pools.default.status")).isEqualTo("ok");
            assertThat(down.jsonPath().getString("database.pools.analyst.status")).isEqualTo("ok");
        } finally {
            try (Connection c = cluster.superuser(); Statement s = c.createStatement()) {
                s.execute("ALTER ROLE dash_engineer LOGIN");
            }
        }
        assertThat(awaitPools("ok").statusCode()).isEqualTo(200);
    }

    private static JsonPath ask() {
        return given().contentType("application/json").body(Map.of("question", QUESTION)).post("/api/ask").then()
                .statusCode(200).extract().jsonPath();
    }

    /** Waits until all three pools report this status. */
    private static Response awaitPools(String status) {
        return awaitHealth(health -> {
            Map<String, Map<String, Object>> pools = health.jsonPath().getMap("database.pools");
            return pools.keySet().equals(Set.of("default", "analyst", "engineer"))
                    && pools.values().stream().allMatch(p -> status.equals(p.get("status")));
        });
    }

    /** Polls /health until it shows what the test waits for; the probe runs every second in the tests. */
    private static Response awaitHealth(Predicate<Response> shows) {
        Instant deadline = Instant.now().plus(HEALTH_DEADLINE);
        while (true) {
            Response health = given().get("/health");
            if (shows.test(health)) {
                return health;
            }
            assertThat(Instant.now()).as("/health never showed it: %s", health.asString()).isBefore(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
