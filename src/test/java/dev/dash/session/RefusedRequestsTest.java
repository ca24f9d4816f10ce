package dev.dash.session;

import static dev.dash.db.Jdbc.query;
import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A request refused before its run starts leaves nothing behind: no session, no run. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class RefusedRequestsTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int RUNS_PER_USER = 3;

    @Inject
    AgroalDataSource db;

    @Test
    void aRequestRefusedWith429LeavesNoSessionAndNoRun() throws Exception {
        String user = "busy-" + UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        List<ScriptedModel.Reply> held = new ArrayList<>();
        for (int i = 0; i < RUNS_PER_USER; i++) {
            held.add(text("Still thinking about it.").holdAfter(1, release));
        }
        MODEL.script(held.toArray(ScriptedModel.Reply[]::new));
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(RUNS_PER_USER);
        try {
            for (int i = 0; i < RUNS_PER_USER; i++) {
                running.add(CompletableFuture.supplyAsync(() -> given().header("X-User-Id", user)
                        .contentType("application/json").body(Map.of("question", "Hello")).post("/api/ask")
                        .statusCode(), clients));
            }
            await(() -> MODEL.requests().size() == RUNS_PER_USER);
            assertThat(sessionsOf(user)).isEqualTo(RUNS_PER_USER);

            given().header("X-User-Id", user).contentType("application/json").body(Map.of("question", "One more"))
                    .post("/api/ask").then().statusCode(429).body("code", equalTo("too_many_runs"));
            given().header("X-User-Id", user).contentType("application/json").body(Map.of("question", "One more"))
                    .post("/api/ask/stream").then().statusCode(429);
            given().header("Authorization", "Bearer ignored-in-dev").header("X-User-Id", user).multiPart("message", "One more").multiPart("session_id", "").post("/teams/dash/runs")
                    .then().statusCode(429).body("code", equalTo("too_many_runs"));
            given().header("Authorization", "Bearer ignored-in-dev").header("X-User-Id", user).multiPart("message", "One more").multiPart("stream", "false")
                    .post("/agents/analyst/runs").then().statusCode(429);
            assertThat(sessionsOf(user)).isEqualTo(RUNS_PER_USER);
        } finally {
            release.countDown();
            clients.shutdown();
        }
        for (CompletableFuture<Integer> run : running) {
            assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        assertThat(sessionsOf(user)).isEqualTo(RUNS_PER_USER);
        assertThat(runsOf(user)).isEqualTo(RUNS_PER_USER);
    }

    @Test
    void aBadRequestLeavesNothing() {
        String user = "bad-" + UUID.randomUUID();
        given().header("X-User-Id", user).contentType("application/json").body(Map.of("question", " "))
                .post("/api/ask").then().statusCode(400);
        given().header("Authorization", "Bearer ignored-in-dev").header("X-User-Id", user)
                .multiPart("message", " ").post("/teams/dash/runs").then().statusCode(400);
        assertThat(sessionsOf(user)).isZero();
    }

    private long sessionsOf(String user) {
        return count("SELECT count(*) FROM dash_internal.sessions WHERE user_id = ?", user);
    }

    private long runsOf(String user) {
        return count("SELECT count(*) FROM dash_internal.runs WHERE user_id = ?", user);
    }

    private long count(String sql, String value) {
        long[] n = new long[1];
        query(db, sql, List.of(value), rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within " + DEADLINE);
            }
            Thread.sleep(50);
        }
    }
}
