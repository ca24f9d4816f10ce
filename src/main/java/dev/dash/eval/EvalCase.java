package dev.dash.eval;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One eval case as written in {@code evals/<category>.json}: a question, what its run must show, and optionally the
 * golden SQL whose values the answer must contain, a statement to try at the database roles, and criteria for the
 * optional model judge. Cases with the same {@code session} share one conversation and run in file order.
 */
@RegisterForReflection
public record EvalCase(String id, String question, String session, String phase, Expect expect, Golden golden,
        Probe probe, String judge) {

    public Expect expectations() {
        return expect == null ? Expect.NONE : expect;
    }

    /**
     * What the run must show. {@code status} defaults to completed; {@code route} lists acceptable routes;
     * {@code tools} must all appear in the trace; {@code no_writes} is "any" (no statement but a read may be tried) or
     * "public" (nothing may be written in public), and implies the checksum of public stays the same;
     * {@code numbers_verified}: the answer states figures, and each is traced to a result of the run (its
     * {@code numbers}).
     */
    @RegisterForReflection
    public record Expect(String status, List<String> route, List<String> tools, List<String> contains,
            List<String> contains_any, List<String> excludes, Boolean no_secrets, Boolean refused, String no_writes,
            Integer max_model_calls, Boolean numbers_verified) {

        static final Expect NONE = new Expect(null, null, null, null, null, null, null, null, null, null, null);

        String statusOrDefault() {
            return status == null ? "completed" : status;
        }
    }

    /**
     * The golden SQL, run as the Analyst: the answer must contain the values of {@code columns} (all when absent) in
     * the first {@code rows} rows (all when absent). Numbers match within {@code tolerance} (relative, default 1%) or
     * as rounded; names match case-insensitively, underscores read as spaces.
     */
    @RegisterForReflection
    public record Golden(String sql, List<String> columns, Integer rows, Double tolerance) {
    }

    /** A statement tried directly as each role, in a transaction that is rolled back: the role must refuse it. */
    @RegisterForReflection
    public record Probe(String sql, List<String> roles) {
    }
}
