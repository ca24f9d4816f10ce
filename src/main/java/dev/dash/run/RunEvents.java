package dev.dash.run;

import java.util.Map;

/**
 * Where a run's events go as they happen (an SSE stream, or nowhere). Events use AgentOS's names and fields. They come
 * one at a time, in order, but not always on the thread that started the run: streamed text and tool events arrive on
 * the model client's threads.
 */
@FunctionalInterface
public interface RunEvents {

    RunEvents NONE = (name, payload) -> {
    };

    void emit(String name, Map<String, Object> payload);

    /**
     * These events without the text and lifecycle of member runs the leader delegated to (events with a
     * {@code parent_run_id}), for streams that show one answer; the members' tool calls still pass.
     */
    static RunEvents answerOnly(RunEvents target) {
        return (name, payload) -> {
            if (!payload.containsKey("parent_run_id") || name.startsWith("ToolCall")) {
                target.emit(name, payload);
            }
        };
    }
}
