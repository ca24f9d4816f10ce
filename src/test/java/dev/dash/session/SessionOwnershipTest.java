package dev.dash.session;

import static dev.dash.db.Jdbc.query;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.SlackRequests.callback;
import static dev.dash.testsupport.SlackRequests.eventId;
import static dev.dash.testsupport.SlackRequests.message;
import static dev.dash.testsupport.SlackRequests.newTs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SlackRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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

/**
 * Session ids come from the server: a caller reaches only sessions it opened, through the interface it opened them
 * with. Neither a readable id nor a Slack thread's id can be claimed from the web, and a refused request leaves
 * nothing behind.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SessionOwnershipTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final FakeSlack SLACK = FakeSlack.get();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int RUNS_PER_USER = 3;

    @Inject
    AgroalDataSource db;

    @Test
    void aReadableIdChosenByTheCallerIsNeverCreatedAndStaysFreeForNobody() {
        String readable = "team-weekly-report-" + UUID.randomUUID();
        for (String path : List.of("/api/ask", "/api/ask/stream")) {
            given().header("X-User-Id", "mallory").contentType("application/json")
                    .body(Map.of("question", "Hello", "session_id", readable)).post(path).then().statusCode(404)
                    .body("code", equalTo("not_found"));
        }
        agentOs("mallory").multiPart("message", "Hello").multiPart("session_id", readable).multiPart("stream", "false")
                .post("/teams/dash/runs").then().statusCode(404).body("code", equalTo("not_found"));
        agentOs("mallory").multiPart("message", "Hello").multiPart("session_id", readable)
                .post("/agents/analyst/runs").then().statusCode(404).body("code", equalTo("not_found"));
        assertThat(sessionsWithId(readable)).isZero();

        // Nobody squatted it, so nobody is locked out: the next caller's new session gets an id from the server.
        MODEL.script(text("Hello Carol."));
        String given = given().header("X-User-Id", "carol").contentType("application/json")
                .body(Map.of("question", "Hello")).post("/api/ask").then().statusCode(200).extract()
                .path("session_id");
        assertThat(UUID.fromString(given).toString()).isEqualTo(given);
    }

    @Test
    void aSlackThreadCannotBeClaimedFromTheWebNorReachedFromItLater() throws Exception {
        String ts = newTs();
        String thread = "C0SHARED:" + ts;
        // A web user whose id happens to be the Slack user's tries to open the thread's session first.
        given().header("X-User-Id", "U7").contentType("application/json")
                .body(Map.of("question", "Hello", "session_id", thread)).post("/api/ask").then().statusCode(404);
        agentOs("U7").multiPart("message", "Hello").multiPart("session_id", thread).multiPart("stream", "false")
                .post("/teams/dash/runs").then().statusCode(404);
        assertThat(sessionsWithId(thread)).isZero();

        SLACK.reset();
        MODEL.script(text("Two customers are on the pro plan."));
        SlackRequests.post(callback(eventId(), message("C0SHARED", "channel", "U7", "<@U_DASH> How many on pro?", ts,
                null))).statusCode(200);
        SLACK.await("chat.update", c -> "C0SHARED".equals(c.param("channel")), DEADLINE);
        await(() -> runCount(thread) == 1);

        given().header("X-User-Id", "U7").get("/api/sessions/" + thread).then().statusCode(404);
        assertThat(given().header("X-User-Id", "U7").get("/api/sessions?limit=200").then().statusCode(200).extract()
                .jsonPath().getList("data.session_id")).doesNotContain(thread);
        given().header("X-User-Id", "U7").contentType("application/json").body(Map.of("session_name", "Mine"))
                .post("/api/sessions/" + thread + "/rename").then().statusCode(404);
        given().header("X-User-Id", "U7").delete("/api/sessions/" + thread).then().statusCode(404);
        given().header("X-User-Id", "U7").contentType("application/json")
                .body(Map.of("question", "And on free?", "session_id", thread)).post("/api/ask").then()
                .statusCode(404);

        agentOs("U7").queryParam("type", "team").get("/sessions").then().statusCode(200)
                .body("data.session_id", not(hasItem(thread)));
        agentOs("U7").get("/sessions/" + thread).then().statusCode(404);
        agentOs("U7").get("/sessions/" + thread + "/runs").then().statusCode(404);
        agentOs("U7").body(Map.of("session_name", "Mine")).post("/sessions/" + thread + "/rename").then()
                .statusCode(404);
        agentOs("U7").delete("/sessions/" + thread).then().statusCode(404);
        agentOs("U7").multiPart("message", "And on free?").multiPart("session_id", thread)
                .multiPart("stream", "false").post("/teams/dash/runs").then().statusCode(404);

        assertThat(runCount(thread)).isOne();
        assertThat(sessionsWithId(thread)).isOne();
    }

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
            agentOs(user).multiPart("message", "One more").multiPart("session_id", "").post("/teams/dash/runs")
                    .then().statusCode(429).body("code", equalTo("too_many_runs"));
            agentOs(user).multiPart("message", "One more").multiPart("stream", "false")
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

    private static RequestSpecification agentOs(String user) {
        return given().header("Authorization", "Bearer ignored-in-dev").header("X-User-Id", user);
    }

    private long sessionsWithId(String id) {
        return count("SELECT count(*) FROM dash_internal.sessions WHERE id = ?", id);
    }

    private long sessionsOf(String user) {
        return count("SELECT count(*) FROM dash_internal.sessions WHERE user_id = ?", user);
    }

    private long runsOf(String user) {
        return count("SELECT count(*) FROM dash_internal.runs WHERE user_id = ?", user);
    }

    private long runCount(String session) {
        return count("SELECT count(*) FROM dash_internal.runs WHERE session_id = ?", session);
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
