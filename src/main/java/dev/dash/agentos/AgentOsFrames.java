package dev.dash.agentos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.run.RunEvent;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's events as AgentOS streams them for one agent or for the team. The run model names events as an agent's
 * ({@code RunStarted}, {@code RunContent}, ...); a team stream prefixes the run's own events with {@code Team} and
 * names the team, and passes the members' delegated runs (events with a {@code parent_run_id}) as the members'.
 */
final class AgentOsFrames {

    private final ObjectMapper json;
    private final String componentId;
    private final String componentName;
    private final boolean team;

    private AgentOsFrames(ObjectMapper json, String componentId, String componentName, boolean team) {
        this.json = json;
        this.componentId = componentId;
        this.componentName = componentName;
        this.team = team;
    }

    static AgentOsFrames team(ObjectMapper json, String id, String name) {
        return new AgentOsFrames(json, id, name, true);
    }

    static AgentOsFrames agent(ObjectMapper json, String id, String name) {
        return new AgentOsFrames(json, id, name, false);
    }

    /** The event as AgentOS's payload: the event's own fields, named for this component. */
    Map<String, Object> payload(RunEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>(event.payload());
        if (payload.containsKey("parent_run_id")) {
            return payload;
        }
        String name = team ? "Team" + event.name() : event.name();
        payload.put("event", name);
        if (team) {
            payload.remove("agent_id");
            payload.remove("agent_name");
            payload.put("team_id", componentId);
            payload.put("team_name", componentName);
        } else {
            payload.put("agent_id", componentId);
            payload.put("agent_name", componentName);
        }
        return payload;
    }

    /** One SSE frame ({@code event: Name\ndata: {...}\n\n}); a keep-alive is a comment, which clients skip. */
    String frame(RunEvent event) {
        if (event.isKeepAlive()) {
            return ": keep-alive\n\n";
        }
        Map<String, Object> payload = payload(event);
        try {
            return "event: " + payload.get("event") + "\ndata: " + json.writeValueAsString(payload) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
