package dev.dash.agent.runtime;

import dev.dash.learning.SqlAttempts;
import dev.dash.run.Origin;
import dev.dash.run.PreparationTurns;
import dev.dash.run.QueryResult;
import dev.dash.run.RunEvents;
import dev.dash.run.RunResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Everything one run collects while it answers: model calls, tool calls, SQL, the main result and saved learnings.
 * With streaming, tools and listeners run on the model client's threads (found through {@link Conversations}), one
 * step after another; the run is still guarded so its lists and its event stream see whole updates in order.
 */
public final class RunContext {

    private final Origin origin;
    private final String question;
    private final RunEvents events;
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final List<RunResponse.ModelCall> modelCalls = new ArrayList<>();
    private final List<RunResponse.ToolCall> toolCalls = new ArrayList<>();
    private final List<String> sql = new ArrayList<>();
    private final List<Long> learningsSaved = new ArrayList<>();
    private final Map<String, SqlAttempts> attempts = new HashMap<>();
    private final AtomicInteger toolCallIds = new AtomicInteger();
    private volatile String agent = "leader";
    /** The member run in progress while the leader has delegated, else null. */
    private volatile String memberRunId;
    private volatile String history = "";
    private QueryResult result;
    private boolean contentSent;
    private volatile PreparationTurns.Turn preparing;

    public RunContext(Origin origin, String question, RunEvents events, java.time.Duration deadline) {
        this.deadlineNanos = startNanos + deadline.toNanos();
        this.origin = origin;
        this.question = question;
        this.events = events;
    }

    /** The run prepares in its turn ({@link PreparationTurns}) until {@link #prepared()}. */
    public void preparing(PreparationTurns.Turn turn) {
        preparing = turn;
    }

    /** The run is about to wait for the model, or is done: its turn to prepare ends. */
    public void prepared() {
        PreparationTurns.Turn turn = preparing;
        preparing = null;
        if (turn != null) {
            turn.close();
        }
    }

    /** Earlier runs of the session, as the prompts show them. */
    public String history() {
        return history;
    }

    public void history(String text) {
        history = text;
    }

    public Origin origin() {
        return origin;
    }

    public String question() {
        return question;
    }

    public String agent() {
        return agent;
    }

    /** Runs work as one member, so its model calls, tool calls and SQL attempts are attributed to it. */
    public <T> T as(String member, java.util.function.Supplier<T> work) {
        String previous = agent;
        agent = member;
        try {
            return work.get();
        } finally {
            agent = previous;
        }
    }

    /**
     * Runs a task the leader delegated to a member as the member's own run: RunStarted, its text (RunContent) and
     * tool calls, RunCompleted with its answer, all tagged with the member's agent_id, its run_id and the leader's
     * run as parent_run_id. Interfaces that show only the answer skip events with a parent_run_id.
     */
    public String delegated(String member, Supplier<String> work) {
        memberRunId = UUID.randomUUID().toString();
        try {
            return as(member, () -> {
                emit("RunStarted", Map.of());
                String answer = work.get();
                emit("RunCompleted", Map.of("content", answer, "content_type", "str"));
                return answer;
            });
        } finally {
            memberRunId = null;
        }
    }

    /** The current agent's SQL attempts in this run, started on first use. */
    public synchronized SqlAttempts attempts(Supplier<SqlAttempts> start) {
        return attempts.computeIfAbsent(agent, a -> start.get());
    }

    synchronized void modelCall(int promptTokens, int completionTokens, long ms) {
        modelCalls.add(new RunResponse.ModelCall(agent, promptTokens, completionTokens, ms));
    }

    public synchronized void sqlRan(String statement, QueryResult rows) {
        sql.add(statement);
        if (!rows.columns().isEmpty()) {
            result = rows;
        }
    }

    public synchronized void learningSaved(long id) {
        learningsSaved.add(id);
    }

    synchronized int toolCallCount() {
        return toolCalls.size();
    }

    /** Text of the answer as the model writes it: a RunContent event with just the new text. */
    public synchronized void content(String delta) {
        contentSent |= memberRunId == null;
        emit("RunContent", Map.of("content", delta, "content_type", "str"));
    }

    public synchronized boolean contentSent() {
        return contentSent;
    }

    /** Runs a tool body, recording it in the trace and announcing it as ToolCallStarted / ToolCallCompleted. */
    public String tool(String name, Map<String, Object> args, java.util.function.Supplier<ToolResult> body) {
        String id = "call_" + toolCallIds.incrementAndGet();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("tool_call_id", id);
        tool.put("tool_name", name);
        tool.put("tool_args", args);
        tool.put("created_at", Instant.now().getEpochSecond());
        emit("ToolCallStarted", Map.of("tool", Map.copyOf(tool)));
        long start = System.nanoTime();
        ToolResult outcome;
        try {
            outcome = body.get();
        } catch (RuntimeException e) {
            outcome = ToolResult.failed("The tool failed: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        synchronized (this) {
            toolCalls.add(new RunResponse.ToolCall(name, args, outcome.ok(), ms, outcome.summary()));
        }
        tool.put("result", outcome.summary());
        tool.put("tool_call_error", !outcome.ok());
        tool.put("metrics", Map.of("duration", ms / 1000.0));
        emit("ToolCallCompleted", Map.of("tool", tool, "content", outcome.summary()));
        return outcome.text();
    }

    public synchronized void emit(String name, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", name);
        payload.put("created_at", Instant.now().getEpochSecond());
        payload.put("agent_id", agent);
        payload.put("agent_name", agent);
        String member = memberRunId;
        payload.put("run_id", member == null ? origin.runId().toString() : member);
        if (member != null) {
            payload.put("parent_run_id", origin.runId().toString());
        }
        payload.put("session_id", origin.sessionId());
        payload.putAll(fields);
        events.emit(name, payload);
    }

    /** Time left before the run's deadline; zero or negative once it passed. */
    public java.time.Duration remaining() {
        return java.time.Duration.ofNanos(deadlineNanos - System.nanoTime());
    }

    public long elapsedMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public synchronized List<RunResponse.ModelCall> modelCalls() {
        return List.copyOf(modelCalls);
    }

    public synchronized List<RunResponse.ToolCall> toolCalls() {
        return List.copyOf(toolCalls);
    }

    public synchronized List<String> sql() {
        return List.copyOf(sql);
    }

    public synchronized List<Long> learningsSaved() {
        return List.copyOf(learningsSaved);
    }

    public synchronized QueryResult result() {
        return result;
    }

    /** What a tool gives back: text for the model, a short summary for the trace. */
    public record ToolResult(boolean ok, String text, String summary) {

        public static ToolResult ok(String text, String summary) {
            return new ToolResult(true, text, summary);
        }

        public static ToolResult failed(String text) {
            return new ToolResult(false, text, text.lines().findFirst().orElse(text));
        }
    }
}
