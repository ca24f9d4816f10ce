package dev.dash.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole eval run: the model it ran against, per-category totals and every case with its model calls, tokens and
 * latency. Two reports of the same cases on two models compare accuracy, cost and speed side by side.
 */
@RegisterForReflection
public record EvalReport(String model, String started_at, boolean online, boolean model_judge,
        Map<String, Summary> categories, Summary total, List<CaseResult> cases) {

    @RegisterForReflection
    public record Summary(int cases, int passed, int failed, int errors, int skipped, int model_calls, int tokens,
            long ms, long p50_ms) {

        static Summary of(List<CaseResult> results) {
            List<Long> run = new ArrayList<>(results.stream().filter(r -> r.verdict() != CaseResult.Verdict.SKIP)
                    .map(CaseResult::ms).sorted().toList());
            return new Summary(results.size(), count(results, CaseResult.Verdict.PASS),
                    count(results, CaseResult.Verdict.FAIL), count(results, CaseResult.Verdict.ERROR),
                    count(results, CaseResult.Verdict.SKIP), results.stream().mapToInt(CaseResult::model_calls).sum(),
                    results.stream().mapToInt(CaseResult::tokens).sum(),
                    results.stream().mapToLong(CaseResult::ms).sum(), run.isEmpty() ? 0 : run.get(run.size() / 2));
        }

        private static int count(List<CaseResult> results, CaseResult.Verdict verdict) {
            return (int) results.stream().filter(r -> r.verdict() == verdict).count();
        }

        public boolean ok() {
            return failed == 0 && errors == 0;
        }
    }

    public static EvalReport of(String model, Instant started, boolean online, boolean judge,
            List<CaseResult> results) {
        Map<String, Summary> categories = new LinkedHashMap<>();
        for (String category : results.stream().map(CaseResult::category).distinct().toList()) {
            categories.put(category, Summary.of(results.stream().filter(r -> r.category().equals(category)).toList()));
        }
        return new EvalReport(model, started.toString(), online, judge, categories, Summary.of(results),
                List.copyOf(results));
    }

    public void write(ObjectMapper json, Path file) throws IOException {
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
