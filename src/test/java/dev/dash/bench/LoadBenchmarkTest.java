package dev.dash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.bench.LoadReport.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The load benchmark's stand-in model and its report, without a service. */
class LoadBenchmarkTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FIRST_CALL = """
            {"messages":[{"role":"user","content":"How many?"}],"tools":[{"type":"function"}],"stream":true}""";
    private static final String AFTER_TOOL = """
            {"messages":[{"role":"user","content":"How many?"},{"role":"tool","content":"42"}],
             "tools":[{"type":"function"}],"stream":true}""";
    private static final String NO_TOOLS = """
            {"messages":[{"role":"user","content":"Pick one"}],"stream":true}""";

    @Test
    void theModelAsksForOneQueryThenAnswersAndTakesItsDelayPerCall() throws Exception {
        try (SlowModel model = SlowModel.start(0, Duration.ofMillis(300))) {
            long began = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (String body : List.of(FIRST_CALL, AFTER_TOOL, NO_TOOLS)) {
                calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(model.baseUrl() + "chat/completions"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<String> replies = calls.stream().map(CompletableFuture::join).map(HttpResponse::body).toList();
            long ms = Duration.ofNanos(System.nanoTime() - began).toMillis();

            assertThat(replies.get(0)).contains("\"name\":\"run_sql_query\"", "SELECT count(*)", "\"tool_calls\"")
                    .endsWith("data: [DONE]\n\n");
            assertThat(replies.get(1)).contains("\"content\":\"There are 42 tickets.\"", "\"finish_reason\":\"stop\"")
                    .doesNotContain("tool_calls");
            assertThat(replies.get(2)).contains("The tickets are counted.").doesNotContain("tool_calls");
            assertThat(ms).as("three calls at once each take the delay, together not much more").isBetween(300L, 2500L);
            assertThat(model.calls()).isEqualTo(3);
            assertThat(model.peakConcurrentCalls()).isEqualTo(3);

            model.countFromNow();
            assertThat(model.calls()).isZero();
        }
    }

    @Test
    void theReportCountsFailuresByKindAndTakesPercentilesOverEveryQuestion() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            outcomes.add(new Outcome(200, "completed", "analyst", null, 2, i * 1000L));
        }
        outcomes.add(new Outcome(503, null, null, "busy", 0, 9000));
        outcomes.add(new Outcome(200, "error", "analyst", "model_timeout", 1, 10_000));

        LoadReport report = new LoadReport(outcomes, 17, 8, Duration.ofSeconds(1), 300L * 1024 * 1024, 10, 10_500);

        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.latencyMs(0.5)).isEqualTo(5000);
        assertThat(report.latencyMs(0.95)).isEqualTo(10_000);
        assertThat(report.modelTimePerRunMs()).isEqualTo(2000);
        assertThat(report.text()).contains("completed:     8 (routes {analyst=8})",
                "errors:        2 {HTTP 503 busy=1, run error model_timeout=1}",
                "latency:       p50 5.0 s, p95 10.0 s, max 10.0 s (all 10 in 10.5 s)",
                "2.0 s per run (17 calls made, at most 8 at once); p50 is 2.5x the model time",
                "peak heap:     300 MiB used", "peak runs:     10 in flight");
    }

    @Test
    void questionsDifferFromRunToRun() {
        assertThat(LoadBenchmark.question(0)).isNotEqualTo(LoadBenchmark.question(4))
                .startsWith("How many billing tickets");
    }
}
