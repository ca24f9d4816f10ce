package dev.dash.agentos;

import static dev.dash.agentos.AgentUiRuns.form;
import static dev.dash.agentos.AgentUiRuns.run;
import static dev.dash.testsupport.Fixture.PRO_COUNT;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * agent-ui's run requests answered without a stream, sent as {@link AgentUiRuns} replays them: stream=false gets the
 * run's output as JSON, and a bad request a JSON error before any stream starts.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class AgentOsRunRequestsTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void streamFalseAnswersWithTheRunOutputAsJson() throws Exception {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are 2."));
        HttpResponse<Stream<String>> response = run("agents/engineer/runs", form("Count the pro fx customers",
                "false", ""));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode output = JSON.readTree(response.body().collect(Collectors.joining("\n")));
        assertThat(output.path("agent_id").asText()).isEqualTo("engineer");
        assertThat(output.path("content").asText()).isEqualTo("There are 2.");
        assertThat(output.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(output.path("response").path("route").asText()).isEqualTo("engineer");
        assertThat(output.path("response").path("sql").get(0).asText()).isEqualTo(PRO_COUNT);
    }

    @Test
    void badRunRequestsGetJsonErrorsBeforeAnyStream() throws Exception {
        assertThat(run("agents/nobody/runs", form("Hi", "true", "")).statusCode()).isEqualTo(404);
        given().multiPart("stream", "true").post("/teams/dash/runs").then().statusCode(400)
                .body("code", equalTo("bad_request")).body("detail", equalTo(
                        "Field 'message' is required and must not be empty"));
        given().multiPart("message", "Hi").multiPart("files", "data.csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8),
                "text/csv").post("/teams/dash/runs").then().statusCode(400).body("code", equalTo("bad_request"));
        given().contentType("application/x-www-form-urlencoded").formParam("message", " ")
                .post("/agents/analyst/runs").then().statusCode(400);
    }
}
