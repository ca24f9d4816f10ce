package dev.dash.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.bench.LoadReport.Outcome;
import io.quarkus.runtime.configuration.DurationConverter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./dash bench load}: many model-path questions at once against a running service whose model
 * ({@link SlowModel}, started here on the port the service was told) takes a fixed time per call. Measured from
 * outside, as clients see it; started from the jar's classpath without booting Quarkus. Exits 1 when a question was
 * not answered.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = "Ask a running service many model-path questions at once and report how it held up.")
public class LoadBenchmark implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CATEGORIES = {"billing", "technical", "onboarding", "feature request"};
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(200);

    @Option(names = "--url", required = true, description = "The service, e.g. http://127.0.0.1:8000")
    String url;

    @Option(names = "--metrics-url", description = "Prometheus metrics on the management port, e.g. "
            + "http://127.0.0.1:9000/q/metrics (default: the --url host on port 9000)")
    String metricsUrl;

    @Option(names = "--model-port", defaultValue = "0",
            description = "Port of the model stub, the one the service's OPENAI_BASE_URL names")
    int modelPort;

    @Option(names = "--runs", defaultValue = "250", description = "Questions sent at once (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--model-delay", defaultValue = "1s", converter = DurationOption.class,
            description = "Time the model takes per call (default ${DEFAULT-VALUE})")
    Duration modelDelay;

    @Option(names = "--warm-up", defaultValue = "100", description = "Questions asked at once first, not counted:"
            + " a fresh JVM compiles its hot code on them (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--timeout", defaultValue = "5m", converter = DurationOption.class,
            description = "Longest wait for one answer (default ${DEFAULT-VALUE})")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (metricsUrl == null) {
            URI api = URI.create(url);
            metricsUrl = api.getScheme() + "://" + api.getHost() + ":9000/q/metrics";
        }
        try (SlowModel model = SlowModel.start(modelPort, modelDelay);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            if (warmUp > 0) {
                Burst warm = burst(threads, 0, warmUp);
                System.out.printf("warm-up:       %d at once, not counted (%.1f s, %d errors)%n", warmUp,
                        warm.ms() / 1000.0, warm.outcomes().stream().filter(o -> !o.completed()).count());
            }
            model.countFromNow();
            AtomicLong peakHeap = new AtomicLong();
            AtomicInteger peakInFlight = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            threads.execute(() -> sample(peakHeap, peakInFlight, done));
            Burst measured;
            try {
                measured = burst(threads, warmUp, runs);
            } finally {
                done.countDown();
            }
            LoadReport report = new LoadReport(measured.outcomes(), model.calls(), model.peakConcurrentCalls(),
                    modelDelay, peakHeap.get(), peakInFlight.get(), measured.ms());
            System.out.print(report.text());
            return report.errors() == 0 ? 0 : 1;
        }
    }

    private record Burst(List<Outcome> outcomes, long ms) {
    }

    /** Asks questions first..first+count-1 at once (each from its own user) and waits for every answer. */
    private Burst burst(ExecutorService threads, int first, int count) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> answers = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            int n = i;
            answers.add(threads.submit(() -> ask(n, start)));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> answer : answers) {
            outcomes.add(answer.get(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS));
        }
        return new Burst(outcomes, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
    }

    /** A question no validated query answers, different for each run, which the router sends to the Analyst. */
    static String question(int n) {
        return "How many " + CATEGORIES[n % CATEGORIES.length] + " tickets did customer " + (n + 1) + " open?";
    }

    private Outcome ask(int n, CountDownLatch start) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/ask")).timeout(timeout)
                .header("Content-Type", "application/json").header("X-User-Id", "bench-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("question", question(n))
                        .toString()))
                .build();
        start.await();
        long began = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            JsonNode body = parsed(response.body());
            String error = body.path("error").path("code").asText(body.path("code").asText(null));
            return new Outcome(response.statusCode(), body.path("status").asText(null), body.path("route").asText(null),
                    error, body.path("trace").path("model_calls").size(), ms);
        } catch (IOException e) {
            return new Outcome(0, null, null, e.getClass().getSimpleName(), 0,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        }
    }

    private static JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    /** Polls the metrics until done: the heap in use (all heap pools) and the runs in flight, keeping the peaks. */
    private void sample(AtomicLong peakHeap, AtomicInteger peakInFlight, CountDownLatch done) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(5))
                .build();
        try {
            do {
                try {
                    long heap = 0;
                    for (String line : http.send(request, HttpResponse.BodyHandlers.ofLines()).body().toList()) {
                        if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
                            heap += (long) value(line);
                        } else if (line.startsWith("dash_runs_in_flight")) {
                            peakInFlight.accumulateAndGet((int) value(line), Math::max);
                        }
                    }
                    peakHeap.accumulateAndGet(heap, Math::max);
                } catch (IOException e) {
                    // A sample the busy service did not answer in time: the next one counts.
                }
            } while (!done.await(SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** Durations as the service's configuration writes them: 1s, 500ms, 2m. */
    static final class DurationOption implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return DurationConverter.parseDuration(value);
        }
    }
}
