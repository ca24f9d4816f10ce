package dev.dash.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a load run measured, and its summary as the benchmark prints it. */
record LoadReport(List<Outcome> outcomes, int modelCalls, int peakModelCalls, Duration modelDelay, long peakHeapBytes,
        int peakInFlight, long wallMs) {

    /** One question's fate: HTTP status, run status and route (null without a JSON run), model calls, latency. */
    record Outcome(int httpStatus, String status, String route, String errorCode, int modelCalls, long ms) {

        boolean completed() {
            return httpStatus == 200 && "completed".equals(status);
        }

        String failure() {
            if (httpStatus == 0) {
                return "no response (" + errorCode + ")";
            }
            if (httpStatus != 200) {
                return "HTTP " + httpStatus + (errorCode == null ? "" : " " + errorCode);
            }
            return "run " + status + (errorCode == null ? "" : " " + errorCode);
        }
    }

    long errors() {
        return outcomes.stream().filter(o -> !o.completed()).count();
    }

    /** Latency at quantile q (0..1) over every question, answered or not: nearest rank. */
    long latencyMs(double q) {
        long[] sorted = outcomes.stream().mapToLong(Outcome::ms).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Model time a typical run needs: its model calls (the median run's count) times the model's delay. */
    long modelTimePerRunMs() {
        int[] calls = outcomes.stream().filter(Outcome::completed).mapToInt(Outcome::modelCalls).sorted().toArray();
        return calls.length == 0 ? 0 : calls[calls.length / 2] * modelDelay.toMillis();
    }

    String text() {
        long modelTime = modelTimePerRunMs();
        long p50 = latencyMs(0.5);
        StringBuilder out = new StringBuilder();
        out.append(String.format("runs:          %d at once, model %d ms per call%n", outcomes.size(),
                modelDelay.toMillis()));
        out.append(String.format("completed:     %d (routes %s)%n", outcomes.size() - errors(),
                counts(outcomes.stream().filter(Outcome::completed).toList(), Outcome::route)));
        out.append(String.format("errors:        %d%s%n", errors(), errors() == 0 ? ""
                : " " + counts(outcomes.stream().filter(o -> !o.completed()).toList(), Outcome::failure)));
        out.append(String.format("latency:       p50 %s, p95 %s, max %s (all %d in %s)%n", seconds(p50),
                seconds(latencyMs(0.95)), seconds(latencyMs(1)), outcomes.size(), seconds(wallMs)));
        String ratio = modelTime == 0 ? "" : String.format("; p50 is %.1fx the model time", (double) p50 / modelTime);
        out.append(String.format("model time:    %s per run (%d calls made, at most %d at once)%s%n",
                seconds(modelTime), modelCalls, peakModelCalls, ratio));
        out.append(String.format("peak heap:     %d MiB used%n", peakHeapBytes / (1024 * 1024)));
        out.append(String.format("peak runs:     %d in flight (the service's own count)%n", peakInFlight));
        return out.toString();
    }

    private static <T> Map<String, Long> counts(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(i -> String.valueOf(key.apply(i)), TreeMap::new,
                Collectors.counting()));
    }

    private static String seconds(long ms) {
        return String.format("%.1f s", ms / 1000.0);
    }
}
