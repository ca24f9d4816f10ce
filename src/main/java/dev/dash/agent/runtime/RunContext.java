package dev.dash.agent.runtime;

import dev.dash.learning.SqlAttempts;
import dev.dash.run.Asker;
import dev.dash.run.Origin;
import dev.dash.run.PreparationTurns;
import dev.dash.run.RunEvents;
import dev.dash.run.RunResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One run while it answers: who asked what, which agent is working, its deadline and turn to prepare, and its event
 * stream, with what it collects in its {@link RunTrace}. With streaming, tools and listeners run on the model client's
 * threads (found through {@link Conversations}), one step after another; the events still go out whole and in order.
 */
public final class RunContext {

    private final Asker asker;
    /** The agent a run starts with, and whose model calls are counted under this name. */
    public static final String LEADER = "leader";

    private final Origin origin;
    private final String question;
    private final RunEvents events;
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final RunTrace trace = new RunTrace();
    private final AtomicInteger toolCallIds = new AtomicInteger();
    private volatile String agent = LEADER;
    /** The member run in progress while the leader has delegated, else null. */
    private volatile String memberRunId;
    private volatile String history = "";
    private boolean contentSent;
    private volatile PreparationTurns.Turn preparing;

    public RunContext(Asker asker, Origin origin, String question, RunEvents events, Duration deadline) {
        this.asker = asker;
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

    /** Who asks, with their scopes, and through which interface. */
    public Asker asker() {
        return asker;
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
    public <T> T as(String member, Supplier<T> work) {
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
    public SqlAttempts attempts(Supplier<SqlAttempts> start) {
        return trace.attempts(agent, start);
    }

    /** A model call of the agent working now. */
    void modelCall(int promptTokens, int completionTokens, long ms) {
        trace.modelCall(agent, promptTokens, completionTokens, ms);
    }

    /** What the run collected so far. */
    public RunTrace trace() {
        return trace;
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
    public String tool(String name, Map<String, Object> args, Supplier<ToolResult> body) {
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
        trace.toolCall(new RunResponse.ToolCall(name, args, outcome.ok(), ms, outcome.summary()));
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
    public Duration remaining() {
        return Duration.ofNanos(deadlineNanos - System.nanoTime());
    }

    public long elapsedMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
