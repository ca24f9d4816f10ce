package dev.dash.agentos;

import static dev.dash.agentos.AgentUiRuns.form;
import static dev.dash.agentos.AgentUiRuns.run;
import static dev.dash.testsupport.Fixture.PRO_COUNT;
import static dev.dash.testsupport.ScriptedModel.status;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static dev.dash.testsupport.SseFrames.order;
import static dev.dash.testsupport.SseFrames.read;
import static dev.dash.testsupport.SseFrames.readAll;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SseFrames.Frame;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * agent-ui's streamed runs, sent as {@link AgentUiRuns} replays them: the team's and a member's SSE frames checked
 * field by field, in order, the session as agent-ui reads it around the stream, and a failing model's last frame.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class AgentOsRunStreamsTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void aTeamRunStreamsTheLeaderAsTeamEventsAndTheDelegatedMemberAsItsOwnRun() throws Exception {
        String answer = "You have 2 pro customers.";
        MODEL.script(tool("delegate_task_to_member", "member_id", "analyst", "task", "Count pro fx customers"),
                tool("run_sql_query", "query", PRO_COUNT), text("2 pro customers."), text(answer));

        HttpResponse<Stream<String>> response = run("teams/dash/runs",
                form("How many pro fx customers are there? And how many free ones?", "true", ""));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Frame> frames = readAll(response.body().iterator());

        assertThat(order(frames)).containsExactly("TeamRunStarted", "TeamToolCallStarted", "RunStarted",
                "ToolCallStarted", "ToolCallCompleted", "RunContent", "RunCompleted", "TeamToolCallCompleted",
                "TeamRunContent", "TeamRunCompleted");
        assertThat(frames).allMatch(f -> f.event().equals(f.data().path("event").asText()));
        JsonNode started = frames.getFirst().data();
        String teamRun = started.path("run_id").asText();
        String session = started.path("session_id").asText();
        assertThat(UUID.fromString(session)).isNotNull();
        assertThat(started.path("team_id").asText()).isEqualTo("dash");
        assertThat(started.path("team_name").asText()).isEqualTo("Dash");
        assertThat(started.has("agent_id")).isFalse();
        assertThat(started.path("created_at").isIntegralNumber()).isTrue();
        assertThat(started.path("created_at").asLong()).isBetween(System.currentTimeMillis() / 1000 - 120,
                System.currentTimeMillis() / 1000 + 5);

        JsonNode delegate = frames.get(1).data().path("tool");
        assertThat(delegate.path("tool_name").asText()).isEqualTo("delegate_task_to_member");
        assertThat(delegate.path("tool_args").path("member_id").asText()).isEqualTo("analyst");
        assertThat(delegate.path("tool_call_id").asText()).isNotBlank();

        List<Frame> member = frames.stream().filter(f -> f.data().has("parent_run_id")).toList();
        assertThat(member).extracting(Frame::event).startsWith("RunStarted").endsWith("RunCompleted");
        assertThat(member).allMatch(f -> f.data().path("agent_id").asText().equals("analyst")
                && f.data().path("parent_run_id").asText().equals(teamRun)
                && !f.data().path("run_id").asText().equals(teamRun)
                && f.data().path("session_id").asText().equals(session));
        assertThat(member.stream().filter(f -> f.event().equals("ToolCallStarted")).findFirst().orElseThrow().data()
                .path("tool").path("tool_args").path("query").asText()).isEqualTo(PRO_COUNT);
        assertThat(streamed(member, "RunContent")).isEqualTo("2 pro customers.");
        assertThat(member.getLast().data().path("content").asText()).isEqualTo("2 pro customers.");

        assertThat(streamed(frames, "TeamRunContent")).isEqualTo(answer);
        JsonNode completed = frames.getLast().data();
        assertThat(completed.path("content").asText()).isEqualTo(answer);
        assertThat(completed.path("content_type").asText()).isEqualTo("str");
        assertThat(completed.path("run_id").asText()).isEqualTo(teamRun);
        assertThat(completed.path("response").path("sql").get(0).asText()).startsWith(PRO_COUNT);
        assertThat(completed.path("response").path("result").path("rows").get(0).get(0).asLong()).isEqualTo(2);
        assertThat(completed.path("response").path("route").asText()).isEqualTo("leader");

        given().queryParam("type", "team").queryParam("db_id", "dash").get("/sessions/" + session + "/runs").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].content", equalTo(answer))
                .body("[0].run_id", equalTo(teamRun));
        given().queryParam("type", "team").queryParam("component_id", "dash").queryParam("db_id", "dash")
                .get("/sessions").then().statusCode(200)
                .body("data.find { it.session_id == '" + session + "' }.session_name", notNullValue());
    }

    @Test
    void whileTheFirstRunStreamsItsSessionShowsTheRunInProgress() throws Exception {
        CountDownLatch rest = new CountDownLatch(1);
        MODEL.script(text("The fixture has pro customers in it.").holdAfter(2, rest));
        HttpResponse<Stream<String>> response = run("agents/analyst/runs", form("How many pro fx customers?",
                "true", ""));
        Iterator<String> lines = response.body().iterator();
        List<Frame> frames = new ArrayList<>();
        String session;
        try {
            frames.addAll(read(lines, f -> true, 2));
            assertThat(frames.getFirst().event()).isEqualTo("RunStarted");
            session = frames.getFirst().data().path("session_id").asText();
            // agent-ui asks for the history as soon as the run starts: the run in progress, never an empty list.
            given().queryParam("type", "agent").queryParam("db_id", "dash").get("/sessions/" + session + "/runs")
                    .then().statusCode(200).body("size()", equalTo(1)).body("[0].status", equalTo("RUNNING"))
                    .body("[0].run_input", equalTo("How many pro fx customers?"))
                    .body("[0].content", nullValue());
        } finally {
            rest.countDown();
        }
        frames.addAll(readAll(lines));
        assertThat(order(frames)).containsExactly("RunStarted", "RunContent", "RunCompleted");
        assertThat(frames).allMatch(f -> f.data().path("agent_id").asText().equals("analyst")
                && f.data().path("agent_name").asText().equals("Analyst") && !f.data().has("parent_run_id"));
        assertThat(frames.getLast().data().path("response").path("route").asText()).isEqualTo("analyst");
        given().queryParam("type", "agent").queryParam("db_id", "dash").get("/sessions/" + session + "/runs").then()
                .statusCode(200).body("[0].agent_id", equalTo("analyst")).body("[0].status", equalTo("COMPLETED"))
                .body("[0].run_input", equalTo("How many pro fx customers?"));
        given().queryParam("type", "agent").queryParam("component_id", "analyst").get("/sessions").then()
                .statusCode(200).body("data.find { it.session_id == '" + session + "' }.session_id", equalTo(session));
    }

    @Test
    void aModelThatKeepsFailingEndsTheTeamStreamWithTeamRunError() throws Exception {
        MODEL.script(status(503), status(503), status(503));
        List<Frame> frames = readAll(run("teams/dash/runs", form("Hello, what can you do for me?", "true", ""))
                .body().iterator());
        assertThat(order(frames)).containsExactly("TeamRunStarted", "TeamRunError");
        assertThat(frames.getLast().data().path("content").asText()).isNotBlank();
        assertThat(frames.getLast().data().path("error_type").asText()).isEqualTo("model_unavailable");
    }

    private static String streamed(List<Frame> frames, String event) {
        return frames.stream().filter(f -> f.event().equals(event)).map(f -> f.data().path("content").asText())
                .collect(Collectors.joining());
    }
}
