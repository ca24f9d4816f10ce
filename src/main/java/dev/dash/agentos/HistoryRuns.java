package dev.dash.agentos;

import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.session.SessionStore;
import io.quarkus.runtime.annotations.RegisterForReflection;
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

    @RegisterForReflection
    public record Run(String run_id, String parent_run_id, String agent_id, String team_id, String user_id,
            String session_id, String status, Map<String, Object> run_input, String content,
            String content_type, List<Map<String, Object>> tools, Map<String, Object> metrics, long created_at,
            RunResponse response) {
    }

    public List<Run> of(SessionStore.Session session) {
        boolean team = session.component_type().equals("team");
        return sessions.storedRuns(session.session_id()).stream().map(stored -> {
            RunResponse r = stored.response();
            return new Run(r.run_id().toString(), null, team ? null : session.component_id(),
                    team ? session.component_id() : null, r.user_id(), r.session_id(), status(r),
                    Map.of("input_content", stored.question()), r.answer(), "str", tools(r),
                    Map.of("duration", r.trace().ms() / 1000.0), stored.created_epoch(), r);
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
