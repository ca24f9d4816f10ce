package dev.dash.agentos;

import static dev.dash.agentos.AgentUiRuns.form;
import static dev.dash.agentos.AgentUiRuns.run;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.SseFrames.read;
import static dev.dash.testsupport.SseFrames.readAll;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * agent-ui's history requests replayed as it sends them (src/hooks/useSessionLoader.tsx: the sessions list, then a
 * session's runs, also while its first answer still streams), each body checked against agno's own response models
 * ({@link AgnoSchemas}): {@code run_input} is the question as text, timestamps are ISO 8601.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class AgentUiHistoryTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final AgnoSchemas AGNO = AgnoSchemas.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ours beside agno's fields: the run model every interface renders, and what /health adds. */
    private static final Set<String> RUN_EXTENSIONS = Set.of("response");

    @Test
    void aTeamSessionsHistoryIsTheQuestionAsTextWhileItStreamsAndAfter() throws Exception {
        String question = "Hello, what can you do for me?";
        CountDownLatch rest = new CountDownLatch(1);
        MODEL.script(text("MRR by plan is in the table.").holdAfter(2, rest));
        HttpResponse<Stream<String>> response = run("teams/dash/runs", form(question, "true", ""));
        Iterator<String> lines = response.body().iterator();
        String session;
        try {
            session = read(lines, f -> true, 1).getFirst().data().path("session_id").asText();
            JsonNode during = body(ui().queryParam("type", "team").queryParam("db_id", "dash")
                    .get("/sessions/" + session + "/runs").then().statusCode(200));
            assertThat(during.get(0).path("run_input").asText()).isEqualTo(question);
            assertConforms("TeamRunSchema", during.get(0), RUN_EXTENSIONS);
        } finally {
            rest.countDown();
        }
        readAll(lines);

        JsonNode sessions = body(ui().queryParam("type", "team").queryParam("component_id", "dash")
                .queryParam("db_id", "dash").get("/sessions").then().statusCode(200));
        assertConforms("SessionPage", sessions, Set.of());
        JsonNode runs = body(ui().queryParam("type", "team").queryParam("db_id", "dash")
                .get("/sessions/" + session + "/runs").then().statusCode(200));
        assertThat(runs.get(0).path("run_input").isTextual()).isTrue();
        assertThat(runs.get(0).path("run_input").asText()).isEqualTo(question);
        assertThat(runs.get(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(OffsetDateTime.parse(runs.get(0).path("created_at").asText())).isNotNull();
        assertConforms("TeamRunSchema", runs.get(0), RUN_EXTENSIONS);
        assertConforms("TeamSessionDetailSchema", body(ui().queryParam("type", "team")
                .get("/sessions/" + session).then().statusCode(200)), Set.of());
    }

    @Test
    void anAgentSessionsRunsAndDetailAreAgnosAgentShapes() throws Exception {
        MODEL.script(text("Hello from the Analyst."));
        Iterator<String> lines = run("agents/analyst/runs", form("Hello there", "true", "")).body().iterator();
        String session = readAll(lines).getFirst().data().path("session_id").asText();

        JsonNode runs = body(ui().queryParam("type", "agent").queryParam("db_id", "dash")
                .get("/sessions/" + session + "/runs").then().statusCode(200));
        assertThat(runs.get(0).path("run_input").asText()).isEqualTo("Hello there");
        assertConforms("RunSchema", runs.get(0), RUN_EXTENSIONS);
        JsonNode detail = body(ui().queryParam("type", "agent").get("/sessions/" + session).then().statusCode(200));
        assertConforms("AgentSessionDetailSchema", detail, Set.of());
        assertThat(detail.path("agent_session_id").asText()).isEqualTo(session);
        assertConforms("AgentSessionDetailSchema", body(ui().body("{\"session_name\": \"Greetings\"}")
                .post("/sessions/" + session + "/rename").then().statusCode(200)), Set.of());
    }

    @Test
    void healthAndConfigAreAgnosShapes() throws Exception {
        assertConforms("HealthResponse", body(ui().get("/health").then().statusCode(200)),
                Set.of("database", "model"));
        assertConforms("ConfigResponse", body(ui().get("/config").then().statusCode(200)), Set.of());
    }

    private static void assertConforms(String schema, JsonNode body, Set<String> extensions) {
        assertThat(AGNO.violations(schema, body, extensions)).as(schema + " of " + body).isEmpty();
    }

    private static JsonNode body(io.restassured.response.ValidatableResponse response) throws Exception {
        return JSON.readTree(response.extract().asString());
    }

    /** As agent-ui's createHeaders builds a request; in dev the token is not checked. */
    private static RequestSpecification ui() {
        return given().contentType("application/json").header("Authorization", "Bearer ui-token")
                .header("Origin", "http://localhost:3000");
    }
}
