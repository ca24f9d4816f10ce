package dev.dash.api;

import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.run.QuestionLimit;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One question limit for every interface (Slack's side: SlackRepliesTest): the API and AgentOS read the same one. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class QuestionLimitTest {

    @Inject
    QuestionLimit limit;

    @Test
    void aQuestionAtTheLimitIsTakenByAgentOsToo() {
        ScriptedModel.get().script(text("Noted."));
        String atLimit = "What makes customers stay? " + "é".repeat(limit.maxChars() - 27);

        given().multiPart("message", atLimit).multiPart("stream", "false").post("/agents/analyst/runs").then()
                .statusCode(200).body("content", equalTo("Noted."));
    }

    @Test
    void theApiAndAgentOsRefuseAQuestionOverTheOneLimit() {
        String over = "x".repeat(limit.maxChars() + 1);

        given().contentType("application/json").body(Map.of("question", over)).post("/api/ask").then()
                .statusCode(400).body("code", equalTo("bad_request"))
                .body("detail", containsString("4,000 characters"));
        given().contentType("application/json").body(Map.of("question", over)).post("/api/ask/stream").then()
                .statusCode(400).body("code", equalTo("bad_request"));
        given().multiPart("message", over).multiPart("stream", "false").post("/teams/dash/runs").then()
                .statusCode(400).body("detail", containsString("4,000 characters"));
        given().multiPart("message", over).multiPart("stream", "false").post("/agents/analyst/runs").then()
                .statusCode(400).body("detail", containsString("4,000 characters"));
    }
}
