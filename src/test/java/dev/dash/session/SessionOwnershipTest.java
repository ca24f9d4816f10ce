package dev.dash.session;

import static dev.dash.db.Jdbc.query;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.SlackRequests.callback;
import static dev.dash.testsupport.SlackRequests.eventId;
import static dev.dash.testsupport.SlackRequests.newTs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.dash.agent.Coordinator;
import dev.dash.http.Scopes;
import dev.dash.run.Asker;
import dev.dash.run.RunEvents;
import dev.dash.run.RunExecutor;
import dev.dash.run.RunResponse;
import dev.dash.run.Via;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Session ids come from the server: a caller reaches only sessions it opened, through the interface it opened them
 * with. Neither a readable id nor a Slack thread's id can be claimed from the web; Slack's and reports' sessions
 * stay out of the web APIs.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SessionOwnershipTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final FakeSlack SLACK = FakeSlack.get();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource db;

    @Inject
    Coordinator coordinator;

    @Inject
    RunExecutor runs;

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
        SlackRequests.post(callback(eventId(), "{\"type\":\"app_mention\",\"channel\":\"C0SHARED\",\"user\":\"U7\","
                + "\"text\":\"<@U_DASH> How many on pro?\",\"ts\":\"" + ts + "\"}")).statusCode(200);
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
        agentOs("U7").contentType("application/json").body(Map.of("session_name", "Mine"))
                .post("/sessions/" + thread + "/rename").then().statusCode(404);
        agentOs("U7").delete("/sessions/" + thread).then().statusCode(404);
        agentOs("U7").multiPart("message", "And on free?").multiPart("session_id", thread)
                .multiPart("stream", "false").post("/teams/dash/runs").then().statusCode(404);

        assertThat(runCount(thread)).isOne();
        assertThat(sessionsWithId(thread)).isOne();
    }

    @Test
    void aReportsSessionIsNotReachableFromTheWebEvenUnderItsUserId() {
        MODEL.script(text("Weekly numbers."));
        Asker report = new Asker("report:weekly", Set.of(Scopes.ADMIN), Via.REPORT);
        RunResponse run = runs.call(events -> coordinator.ask(report, null, "Hello", events), RunEvents.NONE);
        String session = run.session_id();
        assertThat(UUID.fromString(session).toString()).isEqualTo(session);
        assertThat(runCount(session)).isOne();

        given().header("X-User-Id", report.userId()).get("/api/sessions/" + session).then().statusCode(404);
        assertThat(given().header("X-User-Id", report.userId()).get("/api/sessions").then().statusCode(200)
                .extract().jsonPath().getList("data.session_id")).doesNotContain(session);
        agentOs(report.userId()).get("/sessions/" + session + "/runs").then().statusCode(404);
        agentOs(report.userId()).delete("/sessions/" + session).then().statusCode(404);
        assertThat(sessionsWithId(session)).isOne();
    }

    private static RequestSpecification agentOs(String user) {
        return given().header("Authorization", "Bearer ignored-in-dev").header("X-User-Id", user);
    }

    private long sessionsWithId(String id) {
        return count("SELECT count(*) FROM dash_internal.sessions WHERE id = ?", id);
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
