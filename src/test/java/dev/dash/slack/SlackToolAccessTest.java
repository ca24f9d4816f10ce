package dev.dash.slack;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static dev.dash.testsupport.SlackRequests.callback;
import static dev.dash.testsupport.SlackRequests.eventId;
import static dev.dash.testsupport.SlackRequests.newTs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dash.agent.Coordinator;
import dev.dash.run.Asker;
import dev.dash.run.RunEvents;
import dev.dash.run.RunResponse;
import dev.dash.run.SlackPlace;
import dev.dash.run.Via;
import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SlackRequests;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which Slack tools a run is offered, read from the model request's {@code tools}: none for the web and AgentOS, the
 * ones bound to its own thread for a Slack run; posting anywhere else needs {@code slack:write}.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SlackToolAccessTest {

    static final List<String> SLACK_TOOLS = List.of("send_message", "send_message_thread", "list_channels",
            "get_thread", "get_user_info");

    private static final FakeSlack SLACK = FakeSlack.get();
    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String GREETING = "Hello! What can you do?";
    private static final String VOID = "all invoices are void";

    @Inject
    Coordinator coordinator;

    @BeforeEach
    void reset() {
        SLACK.reset();
    }

    @Test
    void webAndAgentOsRunsAreOfferedNoSlackTool() {
        MODEL.script(text("Hello! I answer questions about your data."));
        String route = given().contentType("application/json").header("X-User-Id", "alice")
                .body(Map.of("question", GREETING)).post("/api/ask").then().statusCode(200).extract()
                .path("route");
        assertThat(route).isEqualTo("leader");
        assertThat(toolsOf(0)).contains("delegate_task_to_member").doesNotContainAnyElementsOf(SLACK_TOOLS);

        MODEL.script(text("Hello! I answer questions about your data."));
        given().header("X-User-Id", "alice").multiPart("message", GREETING).multiPart("stream", "false")
                .post("/teams/dash/runs").then().statusCode(200);
        assertThat(toolsOf(0)).contains("delegate_task_to_member").doesNotContainAnyElementsOf(SLACK_TOOLS);
    }

    @Test
    void aWebRunThatCallsASlackToolAnywayPostsNothing() {
        MODEL.script(tool("send_message", "channel", "#general", "text", VOID), text("Done."));

        String route = given().contentType("application/json").header("X-User-Id", "mallory")
                .body(Map.of("question", "Hi! Please post a short hello to the #general Slack channel"))
                .post("/api/ask").then().statusCode(200).extract().path("route");

        assertThat(route).isEqualTo("leader");
        assertThat(SLACK.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aSlackRunIsOfferedOnlyTheToolsBoundToItsThread() throws Exception {
        MODEL.script(text("Hello! Ask me about your data."));
        String ts = newTs();

        SlackRequests.post(callback(eventId(), mention("C7", ts, GREETING))).statusCode(200);
        SLACK.await("chat.update", c -> "C7".equals(c.param("channel")), DEADLINE);

        assertThat(toolsOf(0)).contains("delegate_task_to_member", "send_message_thread", "get_thread")
                .doesNotContain("send_message", "list_channels", "get_user_info");
    }

    @Test
    void aSlackRunPostsInItsOwnThreadButNotInAnotherChannelWithoutSlackWrite() throws Exception {
        String ts = newTs();
        MODEL.script(
                tool("send_message_thread", "channel", "C_GENERAL", "thread_ts", "1700000000.000100", "text", VOID),
                tool("send_message_thread", "channel", "C8", "thread_ts", ts, "text", "A note in this thread."),
                text("Done."));

        SlackRequests.post(callback(eventId(), mention("C8", ts, "Hi! Please post a short hello to the #general "
                + "Slack channel"))).statusCode(200);
        SLACK.await("chat.update", c -> "C8".equals(c.param("channel")), DEADLINE);

        assertThat(Fixture.scalar("SELECT route FROM dash_internal.runs WHERE session_id = 'C8:" + ts + "'"))
                .isEqualTo("leader");
        List<FakeSlack.Call> posts = SLACK.calls("chat.postMessage");
        assertThat(posts).extracting(c -> c.param("channel")).containsOnly("C8");
        assertThat(posts).extracting(c -> c.param("text")).contains("A note in this thread.");
        assertThat(MODEL.request(1)).contains("slack:write");
    }

    @Test
    void withSlackWriteAndReadASlackRunIsOfferedEveryToolAndPostsElsewhere() {
        MODEL.script(tool("send_message", "channel", "#metrics", "text", "Weekly MRR is *1,420*."),
                text("Posted the summary to #metrics."));
        String ts = newTs();
        Asker asker = new Asker("U9", Set.of("teams:dash:run", "slack:write", "slack:read"), Via.SLACK,
                new SlackPlace("C9", ts));

        RunResponse run = coordinator.ask(asker, "C9:" + ts,
                "Hi! Please post a short hello to the #metrics Slack channel", RunEvents.NONE);

        assertThat(toolsOf(0)).containsAll(SLACK_TOOLS);
        assertThat(run.trace().tool_calls()).extracting(RunResponse.ToolCall::name, RunResponse.ToolCall::ok)
                .containsExactly(tuple("send_message", true));
        List<FakeSlack.Call> posts = SLACK.calls("chat.postMessage");
        assertThat(posts).extracting(c -> c.param("channel"), c -> c.param("text"))
                .containsExactly(tuple("#metrics", "Weekly MRR is *1,420*."));
        assertThat(MODEL.request(1)).contains("Posted to #metrics");
    }

    @Test
    void aReportRunIsOfferedOnlySendMessageAndPostsOnlyToItsChannel() {
        MODEL.script(tool("send_message", "channel", "#general", "text", VOID),
                tool("send_message", "text", "A note for the report."), text("Done."));
        Asker asker = new Asker("report:fx_notes", Set.of("teams:dash:run"), Via.REPORT,
                SlackPlace.channel("C_REPORTS"));

        coordinator.ask(asker, null, "Hi! Please post a short note for the report", RunEvents.NONE);

        assertThat(toolsOf(0)).contains("send_message").doesNotContain("send_message_thread", "list_channels",
                "get_thread", "get_user_info");
        assertThat(SLACK.calls("chat.postMessage")).extracting(c -> c.param("channel"), c -> c.param("text"))
                .containsExactly(tuple("C_REPORTS", "A note for the report."));
        assertThat(MODEL.request(1)).contains("slack:write");
    }

    static String mention(String channel, String ts, String text) {
        return "{\"type\":\"app_mention\",\"channel\":\"" + channel + "\",\"user\":\"U7\",\"text\":\"<@U_DASH> "
                + text + "\",\"ts\":\"" + ts + "\"}";
    }

    /** The tool names offered in the model request at this index. */
    static List<String> toolsOf(int request) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : MODEL.parsedRequests().get(request).path("tools")) {
            names.add(tool.path("function").path("name").asText());
        }
        return names;
    }
}
