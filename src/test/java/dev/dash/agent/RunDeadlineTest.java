package dev.dash.agent;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hung model never holds a run past its deadline (25 s here; each try must begin within 4 s, 2 retries): the run
 * ends as error model_timeout with its partial trace stored, and its stream keeps sending keep-alives until RunError.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@TestProfile(RunDeadlineTest.ShortDeadline.class)
class RunDeadlineTest {

    /** Its own deadline, so no other test's first question (which loads the embedding models) runs against it. */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dash.run.deadline", "25s");
        }
    }

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "How many fx customers are on the pro plan?";
    private static final String PRO_COUNT = "SELECT count(*) AS pro_customers FROM fx_customers WHERE plan = 'pro'";

    @TestHTTPResource("/api/ask/stream")
    URI stream;

    @BeforeEach
    void warmUp() {
        Fixture.load();
        // The first question of a JVM loads the embedding models; that must not eat into the runs timed below.
        MODEL.script(text("Warm."));
        given().contentType("application/json").body(Map.of("question", QUESTION)).post("/api/ask").then()
                .statusCode(200);
    }

    @Test
    void aModelThatNeverBeginsIsTriedThreeTimesThenTheRunEndsAsModelTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        MODEL.script(text("Never.").holdAfter(0, never), text("Never.").holdAfter(0, never),
                text("Never.").holdAfter(0, never));
        long start = System.nanoTime();
        try {
            String body = given().contentType("application/json").body(Map.of("question", QUESTION))
                    .post("/api/ask").then().statusCode(200).extract().asString();
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            JsonNode run = read(body);
            assertThat(run.path("status").asText()).isEqualTo("error");
            assertThat(run.path("error").path("code").asText()).isEqualTo("model_timeout");
            assertThat(MODEL.requests()).hasSize(3);
            assertThat(seconds).isBetween(11L, 24L);
        } finally {
            never.countDown();
        }
    }

    @Test
    void aModelThatHangsMidAnswerEndsAtTheDeadlineWithKeepAlivesAndRunError() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("Counting them now.").holdAfter(1, never));
        List<long[]> gaps = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(stream).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("question", QUESTION))))
                    .build();
            HttpResponse<java.io.InputStream> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                long last = System.nanoTime();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isEmpty()) {
                        long now = System.nanoTime();
                        gaps.add(new long[] {(now - last) / 1_000_000});
                        last = now;
                        lines.add(line);
                    }
                }
            }
        } finally {
            never.countDown();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        assertThat(seconds).isBetween(24L, 40L);
        assertThat(lines).contains("event: RunStarted", "event: ToolCallCompleted", "event: RunContent",
                ": keep-alive");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("event: RunError");
        JsonNode error = read(lines.getLast().substring("data: ".length()));
        assertThat(error.path("error_type").asText()).isEqualTo("model_timeout");
        // Keep-alives every 2 s in tests: the stream is never quiet for long while the model hangs.
        assertThat(gaps).allMatch(gap -> gap[0] < 3_500);

        String started = lines.get(lines.indexOf("event: RunStarted") + 1);
        String session = read(started.substring("data: ".length())).path("session_id").asText();
        JsonNode stored = read(given().get("/api/sessions/" + session).then().statusCode(200).extract().asString())
                .path("runs").get(0);
        assertThat(stored.path("status").asText()).isEqualTo("error");
        assertThat(stored.path("error").path("code").asText()).isEqualTo("model_timeout");
        assertThat(stored.path("sql").toString()).contains("fx_customers");
        assertThat(stored.path("trace").path("tool_calls").findValuesAsText("name")).containsExactly("run_sql_query");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
