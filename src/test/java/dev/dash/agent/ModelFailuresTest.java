package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.ScriptedModel.status;
import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.RunConfig;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A failing model behind the real OpenAI client: a transient error is retried, a rate limit is waited out as its
 * Retry-After asks, and a model that keeps failing ends the run with a clear error that is stored with the session.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class ModelFailuresTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final int RETRY_AFTER_S = 2;

    @Inject
    RunConfig runs;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void aTransientModelFailureIsRetried() {
        MODEL.script(status(500), text("Hello again."));

        JsonPath run = ask("alice", null, "Hello");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(MODEL.requests()).hasSize(2);
    }

    @Test
    void aRateLimitedCallIsTriedAgainAfterTheRetryAfterItAskedFor() {
        MODEL.script(status(429).retryAfter(RETRY_AFTER_S), text("Hello again."));

        JsonPath run = ask("alice", null, "Hello");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("answer")).isEqualTo("Hello again.");
        assertThat(MODEL.requests()).hasSize(2);
        assertThat(Duration.between(MODEL.arrival(0), MODEL.arrival(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_S)).isLessThan(runs.deadline());
    }

    @Test
    void aModelThatKeepsFailingEndsTheRunWithAClearErrorAndTheRunIsStored() {
        MODEL.script(status(503), status(503), status(503), status(503));
        JsonPath run = ask("alice", null, "How many fx customers are on the pro plan?");
        String session = run.getString("session_id");

        assertThat(run.getString("status")).isEqualTo("error");
        assertThat(run.getString("error.code")).isEqualTo("model_unavailable");
        assertThat(run.getString("answer")).contains("try again");
        assertThat(MODEL.requests()).hasSize(3);
        JsonPath stored = given().header("X-User-Id", "alice").get("/api/sessions/" + session)
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("runs.status")).containsExactly("error");
        assertThat(stored.getString("runs[0].run_id")).isEqualTo(run.getString("run_id"));
    }
}
