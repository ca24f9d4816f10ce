package dev.dash.run;

import java.util.Map;

/**
 * One event of a run, named as AgentOS names them ({@code RunStarted}, {@code RunContent}, ...), or a keep-alive that
 * says only that the run is still going. Each wire format (our SSE, AgentOS's) renders these its own way.
 */
public record RunEvent(String name, Map<String, Object> payload) {

    public static final String KEEP_ALIVE = "KeepAlive";

    static RunEvent keepAlive() {
        return new RunEvent(KEEP_ALIVE, Map.of());
    }

    public boolean isKeepAlive() {
        return KEEP_ALIVE.equals(name);
    }
}
