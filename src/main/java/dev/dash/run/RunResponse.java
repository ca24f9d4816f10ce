package dev.dash.run;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One answered question as every interface renders it (decisions.md, "HTTP API of our own"); {@code chart} is chosen
 * from the result's shape, null when the result is best read as a table; {@code clarification} is the question Dash
 * asks instead of guessing (status needs_clarification), else null; {@code numbers} says where each figure of the
 * answer came from (the provenance package).
 */
@RegisterForReflection
public record RunResponse(UUID run_id, String session_id, String user_id, RunStatus status, Route route, String answer,
        String validated_query, List<String> sql, QueryResult result, Trace trace, Error error, ChartSpec chart,
        Clarification clarification, List<TracedNumber> numbers) {

    @RegisterForReflection
    public record Trace(long ms, List<ModelCall> model_calls, List<ToolCall> tool_calls, List<Long> learnings_saved) {
    }

    @RegisterForReflection
    public record ModelCall(String agent, int prompt_tokens, int completion_tokens, long ms) {
    }

    @RegisterForReflection
    public record ToolCall(String name, Map<String, Object> args, boolean ok, long ms, String summary) {
    }

    /**
     * A figure of the answer as written ({@code text}), the number or ISO date it reads as, and whether a result of the
     * run backs it: the validated query's name (null for ad-hoc SQL), the statement, the row (an index into that
     * result's rows) and column, and the derivation when it is not a cell as such ("sum of mrr"). Unverified figures
     * carry only their text and value.
     */
    @RegisterForReflection
    public record TracedNumber(String text, Object value, boolean verified, String query, String sql, Integer row,
            String column, String derivation) {
    }

    @RegisterForReflection
    public record Error(String code, String message) {
    }

    /** Which meaning of a term the user wants: answered by sending an option's label or number next in the session. */
    @RegisterForReflection
    public record Clarification(String question, List<Option> options) {
    }

    @RegisterForReflection
    public record Option(String id, String label) {
    }
}
