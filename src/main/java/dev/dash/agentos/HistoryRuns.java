package dev.dash.agentos;

import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A session's stored runs as AgentOS's run schema, which agent-ui replays as the chat. */
@ApplicationScoped
public class HistoryRuns {

    private final SessionStore sessions;

    public HistoryRuns(SessionStore sessions) {
        this.sessions = sessions;
    }

    /**
     * A run as agno's RunSchema (an agent's session) or TeamRunSchema (a team's): {@code run_input} the question as
     * text, {@code created_at} ISO 8601; absent fields are left out as AgentOS leaves them. {@code response} is ours:
     * the run model every interface renders.
     */
    public List<Map<String, Object>> of(SessionStore.Session session) {
        boolean team = session.component_type().equals("team");
        return sessions.storedRuns(session.session_id()).stream().map(stored -> {
            RunResponse r = stored.response();
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("run_id", r.run_id().toString());
            run.put(team ? "team_id" : "agent_id", session.component_id());
            if (!team) {
                run.put("user_id", r.user_id());
            }
            run.put("status", status(r));
            run.put("run_input", stored.question());
            if (r.answer() != null) {
                run.put("content", r.answer());
            }
            run.put("run_response_format", "text");
            run.put("metrics", Map.of("duration", r.trace().ms() / 1000.0));
            run.put("tools", tools(r));
            run.put("created_at", stored.created_at());
            run.put("response", r);
            return run;
        }).toList();
    }

    /** The conversation as role/content messages. */
    public List<Map<String, Object>> chat(SessionStore.Session session) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (SessionStore.StoredRun run : sessions.storedRuns(session.session_id())) {
            messages.add(Map.of("role", "user", "content", run.question(), "created_at", run.created_epoch()));
            if (run.response().answer() != null) { // none yet while the run is in progress
                messages.add(Map.of("role", "assistant", "content", run.response().answer(),
                        "created_at", run.created_epoch()));
            }
        }
        return messages;
    }

    /** AgentOS's run status; an interrupted run is an error whose content says why. */
    private static String status(RunResponse r) {
        if (r.status() == RunStatus.RUNNING) {
            return "RUNNING";
        }
        return r.error() == null ? "COMPLETED" : "ERROR";
    }

    private static List<Map<String, Object>> tools(RunResponse r) {
        List<Map<String, Object>> tools = new ArrayList<>();
        int i = 0;
        for (RunResponse.ToolCall call : r.trace().tool_calls()) {
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("tool_call_id", "call_" + ++i);
            tool.put("tool_name", call.name());
            tool.put("tool_args", call.args());
            tool.put("result", call.summary());
            tool.put("tool_call_error", !call.ok());
            tool.put("metrics", Map.of("duration", call.ms() / 1000.0));
            tools.add(tool);
        }
        return tools;
    }
}
