package dev.dash.agent;

import java.util.Map;

/** Where a run's events go as they happen (an SSE stream, or nowhere). Events use AgentOS's names and fields. */
@FunctionalInterface
public interface RunEvents {

    RunEvents NONE = (name, payload) -> {
    };

    void emit(String name, Map<String, Object> payload);
}
