package dev.dash.run;

import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs wait for the model on virtual threads: more questions than the worker pool has threads (and than the model
 * client's default connection pool) are all in flight at once, all answered, health answers meanwhile, and a client
 * that leaves mid-stream still gets its run stored.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class ConcurrentRunsTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "How many fx customers are on the pro plan?";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workerThreads;

    @TestHTTPResource("/")
    URI root;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void moreRunsThanWorkerThreadsAreAllInFlightAndAllAnswered() throws Exception {
        // More than the worker threads, and more than the REST client's default pool of 50 connections, which the
        // model client would otherwise keep (ModelConnectionPool).
        int runs = Math.max(workerThreads * 3, 60);
        CountDownLatch gate = new CountDownLatch(1);
        MODEL.script(IntStream.range(0, runs).mapToObj(i -> text("The fixture has pro customers.").holdAfter(0, gate))
                .toArray(ScriptedModel.Reply[]::new));

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String path = i % 2 == 0 ? "api/ask" : "api/ask/stream";
            // One user each: a user's own runs in flight are capped (dash.limits.runs-per-user).
            answers.add(HTTP.sendAsync(post(path, "user-" + i),
                    HttpResponse.BodyHandlers.ofString()));
        }
        try {
            // Every run reached the model while none has its answer: none waits for a worker thread.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (MODEL.requests().size() < runs && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(MODEL.requests()).hasSize(runs);
            given().get("/health").then().statusCode(200).body("status", equalTo("ok"));
        } finally {
            gate.countDown();
        }

        for (int i = 0; i < runs; i++) {
            HttpResponse<String> response = answers.get(i).get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            if (i % 2 == 0) {
                assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("completed");
            } else {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("text/event-stream"));
                // A slow start may put keep-alive comments first, which SSE clients skip.
                assertThat(response.body().replaceAll("(?m)^:[^\n]*\n\n", "")).startsWith("event: RunStarted\ndata: {")
                        .contains("\n\nevent: RunCompleted\ndata: {").endsWith("}\n\n");
            }
        }
    }

    @Test
    void aClientThatLeavesMidStreamStillGetsItsRunStored() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        MODEL.script(text("The fixture has pro customers.").holdAfter(1, gate));
        HttpResponse<InputStream> response = HTTP.send(post("api/ask/stream", "carol"),
                HttpResponse.BodyHandlers.ofInputStream());
        String session;
        try (InputStream body = response.body()) {
            String first = readUntil(body, "event: RunContent");
            assertThat(first).startsWith("event: RunStarted");
            String started = first.substring(first.indexOf("data: ") + "data: ".length(), first.indexOf("\n\n"));
            session = JSON.readTree(started).path("session_id").asText();
        }
        gate.countDown();

        JsonNode run = awaitStoredRun(session);
        assertThat(run.path("status").asText()).isEqualTo("completed");
        assertThat(run.path("answer").asText()).isEqualTo("The fixture has pro customers.");
    }

    private JsonNode awaitStoredRun(String session) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String body = given().header("X-User-Id", "carol").get("/api/sessions/" + session).then().statusCode(200)
                    .extract().asString();
            JsonNode runs = JSON.readTree(body).path("runs");
            if (!runs.isEmpty() && !runs.get(0).path("status").asText().equals("running")) {
                return runs.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The run of session " + session + " never ended");
    }

    private HttpRequest post(String path, String user) throws Exception {
        return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-User-Id", user)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("question", QUESTION))))
                .build();
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[256];
        while (!text.toString().contains(marker)) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
