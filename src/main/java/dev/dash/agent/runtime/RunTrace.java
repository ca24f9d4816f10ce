package dev.dash.agent.runtime;

import dev.dash.learning.SqlAttempts;
import dev.dash.provenance.RanQuery;
import dev.dash.run.QueryResult;
import dev.dash.run.RunResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one run collects while it answers: model and tool calls, the SQL that ran and its main result, the learnings
 * saved, and each agent's SQL attempts. Tools and listeners add to it from the model client's threads, one step after
 * another; every method is guarded so readers see whole updates.
 */
public final class RunTrace {

    private final List<RunResponse.ModelCall> modelCalls = new ArrayList<>();
    private final List<RunResponse.ToolCall> toolCalls = new ArrayList<>();
    private final List<String> sql = new ArrayList<>();
    private final List<RanQuery> queries = new ArrayList<>();
    private final List<Long> learningsSaved = new ArrayList<>();
    private final Map<String, SqlAttempts> attempts = new HashMap<>();
    private QueryResult result;

    synchronized void modelCall(String agent, int promptTokens, int completionTokens, long ms) {
        modelCalls.add(new RunResponse.ModelCall(agent, promptTokens, completionTokens, ms));
    }

    synchronized void toolCall(RunResponse.ToolCall call) {
        toolCalls.add(call);
    }

    synchronized int toolCallCount() {
        return toolCalls.size();
    }

    synchronized SqlAttempts attempts(String agent, Supplier<SqlAttempts> start) {
        return attempts.computeIfAbsent(agent, a -> start.get());
    }

    /** A statement ran; a result with columns becomes the run's main result. */
    public synchronized void sqlRan(String statement, QueryResult rows) {
        sqlRan(RanQuery.adHoc(statement, rows));
    }

    /** As {@link #sqlRan(String, QueryResult)}, for a validated query too, whose name and description it keeps. */
    public synchronized void sqlRan(RanQuery query) {
        String statement = query.sql();
        QueryResult rows = query.result();
        queries.add(query);
        sql.add(statement);
        if (!rows.columns().isEmpty()) {
            result = rows;
        }
    }

    public synchronized void learningSaved(long id) {
        learningsSaved.add(id);
    }

    public synchronized List<String> sql() {
        return List.copyOf(sql);
    }

    /** Every statement that ran with its rows, in order: what the answer's figures are traced to. */
    public synchronized List<RanQuery> queries() {
        return List.copyOf(queries);
    }

    public synchronized QueryResult result() {
        return result;
    }

    /** The trace of a run that took {@code ms}. */
    public synchronized RunResponse.Trace summary(long ms) {
        return new RunResponse.Trace(ms, List.copyOf(modelCalls), List.copyOf(toolCalls), List.copyOf(learningsSaved));
    }
}
