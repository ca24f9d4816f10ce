package dev.dash.agent;

import static dev.dash.testsupport.ScriptedModel.status;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static dev.dash.testsupport.SseFrames.order;
import static dev.dash.testsupport.SseFrames.read;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SseFrames.Frame;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/ask/stream sends the answer's text while the model writes it, between the tool events and RunCompleted. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class StreamingTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRO_COUNT = "SELECT count(*) AS pro_customers FROM fx_customers WHERE plan = 'pro'";

    @TestHTTPResource("/api/ask/stream")
    URI stream;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void theAnswerArrivesInPiecesWhileTheModelIsStillWriting() throws Exception {
        String answer = "There are 2 customers on the pro plan.";
        CountDownLatch rest = new CountDownLatch(1);
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text(answer).holdAfter(3, rest));

        Iterator<String> lines = open("How many fx customers are on the pro plan?");
        List<Frame> frames = new ArrayList<>();
        try {
            // The model holds the rest of its answer until the first three words reached the client.
            frames.addAll(CompletableFuture.supplyAsync(() -> read(lines, Frame.named("RunContent"), 3))
                    .get(20, TimeUnit.SECONDS));
            assertThat(frames).noneMatch(Frame.named("RunCompleted"));
        } finally {
            rest.countDown();
        }
        frames.addAll(read(lines, f -> false, Integer.MAX_VALUE));

        assertThat(order(frames)).containsExactly("RunStarted", "ToolCallStarted", "ToolCallCompleted", "RunContent",
                "RunCompleted");
        List<String> pieces = frames.stream().filter(Frame.named("RunContent"))
                .map(f -> f.data().path("content").asText()).toList();
        assertThat(pieces).hasSizeGreaterThan(3).allMatch(p -> !p.isEmpty());
        assertThat(String.join("", pieces)).isEqualTo(answer);
        assertThat(frames).filteredOn(Frame.named("RunContent"))
                .allMatch(f -> f.data().path("content_type").asText().equals("str"));
        JsonNode completed = frames.getLast().data();
        assertThat(completed.path("content").asText()).isEqualTo(answer);
        assertThat(completed.path("response").path("answer").asText()).isEqualTo(answer);
        assertThat(completed.path("response").path("route").asText()).isEqualTo("analyst");
        assertThat(completed.path("response").path("trace").path("model_calls").findValuesAsText("agent"))
                .containsExactly("analyst", "analyst");
        assertThat(completed.path("response").path("trace").path("model_calls").get(0).path("prompt_tokens").asInt())
                .isEqualTo(100);
        assertThat(MODEL.parsedRequests()).allMatch(r -> r.path("stream").asBoolean());
    }

    @Test
    void onlyTheLeadersOwnTextIsStreamedWhenItDelegates() throws Exception {
        String answer = "You have 2 pro customers, and the free plan is next.";
        MODEL.script(tool("delegate_task_to_member", "member_id", "analyst", "task", "Count pro fx customers"),
                tool("run_sql_query", "query", PRO_COUNT),
                text("2 pro customers."),
                text(answer));

        List<Frame> frames = read(open("How many pro fx customers are there? And how many free ones?"), f -> false,
                Integer.MAX_VALUE);

        String streamed = frames.stream().filter(Frame.named("RunContent"))
                .map(f -> f.data().path("content").asText()).collect(Collectors.joining());
        assertThat(streamed).isEqualTo(answer);
        assertThat(frames).filteredOn(Frame.named("RunStarted")).hasSize(1);
        assertThat(frames).filteredOn(Frame.named("RunCompleted")).hasSize(1);
        String runId = frames.getFirst().data().path("run_id").asText();
        List<Frame> memberTools = frames.stream().filter(f -> f.event().startsWith("ToolCall")
                && f.data().path("agent_id").asText().equals("analyst")).toList();
        assertThat(memberTools).extracting(Frame::event).containsExactly("ToolCallStarted", "ToolCallCompleted");
        assertThat(memberTools).allMatch(f -> f.data().path("parent_run_id").asText().equals(runId)
                && !f.data().path("run_id").asText().equals(runId));
        assertThat(frames.getLast().event()).isEqualTo("RunCompleted");
        assertThat(frames.getLast().data().path("response").path("route").asText()).isEqualTo("leader");
        assertThat(frames.getLast().data().path("content").asText()).isEqualTo(answer);
    }

    @Test
    void textWrittenBeforeAToolCallStaysApartFromTheTextAfterIt() throws Exception {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT).saying("Let me count them."), text("There are 2."));

        List<Frame> frames = read(open("How many fx customers are on the pro plan?"), f -> false, Integer.MAX_VALUE);

        assertThat(order(frames)).containsExactly("RunStarted", "RunContent", "ToolCallStarted", "ToolCallCompleted",
                "RunContent", "RunCompleted");
        String streamed = frames.stream().filter(Frame.named("RunContent"))
                .map(f -> f.data().path("content").asText()).collect(Collectors.joining());
        assertThat(streamed).isEqualTo("Let me count them.\n\nThere are 2.");
        assertThat(frames.getLast().data().path("content").asText()).isEqualTo(streamed);
    }

    @Test
    void aModelThatKeepsFailingEndsTheStreamWithRunError() throws Exception {
        MODEL.script(status(503), status(503), status(503));

        List<Frame> frames = read(open("How many fx customers are on the pro plan?"), f -> false, Integer.MAX_VALUE);

        assertThat(frames.stream().map(Frame::event)).containsExactly("RunStarted", "RunError");
        assertThat(frames.getLast().data().path("error_type").asText()).isEqualTo("model_unavailable");
        assertThat(MODEL.requests()).hasSize(3);
    }

    @Test
    void streamingEmitsTheRunAsItHappens() {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are 2."));

        String body = given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "How many fx customers are on the pro plan?"))
                .post("/api/ask/stream").then().statusCode(200).extract().asString();

        assertThat(body).containsSubsequence("event: RunStarted", "event: ToolCallStarted", "event: ToolCallCompleted",
                "event: RunContent", "event: RunCompleted");
        String completed = body.substring(body.indexOf("event: RunCompleted"));
        assertThat(completed).contains("\"route\":\"analyst\"").contains("\"content\":\"There are 2.\"");
        assertThat(body.lines().filter(l -> l.startsWith("data:"))).allMatch(l -> l.endsWith("}"));
    }

    private Iterator<String> open(String question) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").header("X-User-Id", "alice")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("question", question))))
                .build();
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().iterator();
    }
}
