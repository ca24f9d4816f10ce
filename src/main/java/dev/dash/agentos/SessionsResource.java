package dev.dash.agentos;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dash.api.SessionResource;
import dev.dash.http.ApiException;
import dev.dash.http.Paging;
import dev.dash.http.UserResolver;
import dev.dash.run.Via;
import dev.dash.session.SessionNotFound;
import dev.dash.session.SessionStore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * AgentOS's sessions API over the same store as /api/sessions. A user sees only their own sessions: another user's
 * session is not found, whatever {@code user_id} the query names, and so are Slack's and reports' sessions.
 */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    private final SessionStore sessions;
    private final UserResolver users;
    private final HistoryRuns history;

    public SessionsResource(SessionStore sessions, UserResolver users, HistoryRuns history) {
        this.sessions = sessions;
        this.users = users;
        this.history = history;
    }

    @RegisterForReflection
    public record Listed(String session_id, String session_name, Map<String, Object> session_state,
            String created_at, String updated_at) {
    }

    /** agno's AgentSessionDetailSchema (with agent_session_id) or TeamSessionDetailSchema; nulls left out. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String session_id, String agent_session_id, String session_name, String user_id,
            String agent_id, String team_id,
            Map<String, Object> session_state, List<Map<String, Object>> chat_history, String created_at,
            String updated_at) {
    }

    @GET
    public Paging<Listed> list(@QueryParam("type") @DefaultValue("agent") String type,
            @QueryParam("component_id") String componentId, @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        if (!type.equals("agent") && !type.equals("team")) {
            throw new ApiException(400, "bad_request", "type must be agent or team");
        }
        Paging.Request request = Paging.request(page, limit);
        SessionStore.Page found = sessions.list(users.userId(), Via.AGENTOS, type, blankToNull(componentId), request.limit(),
                request.offset());
        return Paging.of(found.sessions().stream().map(s -> new Listed(s.session_id(), s.name(), Map.of(),
                s.created_at(), s.updated_at())).toList(), request, found.total());
    }

    @GET
    @Path("/{id}")
    public Detail get(@PathParam("id") String id) {
        return detail(owned(id));
    }

    /**
     * The session's runs, oldest first, the one in progress included (agent-ui asks while the first one streams: a
     * 200 with no runs would wipe its chat, so a session without runs is 404).
     */
    @GET
    @Path("/{id}/runs")
    public List<Map<String, Object>> runs(@PathParam("id") String id) {
        SessionStore.Session session = owned(id);
        List<Map<String, Object>> runs = history.of(session);
        if (runs.isEmpty()) {
            throw new ApiException(404, "not_found", "Session has no runs yet");
        }
        return runs;
    }

    @POST
    @Path("/{id}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail rename(@PathParam("id") String id, SessionResource.Rename body) {
        if (body == null) {
            throw new ApiException(400, "bad_request", "A JSON body {\"session_name\": \"...\"} is required");
        }
        if (!sessions.rename(id, users.userId(), Via.AGENTOS, body.valid())) {
            throw new SessionNotFound(id);
        }
        return detail(owned(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        if (!sessions.delete(id, users.userId(), Via.AGENTOS)) {
            throw new SessionNotFound(id);
        }
        return Response.noContent().build();
    }

    private SessionStore.Session owned(String id) {
        return sessions.find(id, users.userId(), Via.AGENTOS).orElseThrow(() -> new SessionNotFound(id));
    }

    private Detail detail(SessionStore.Session s) {
        boolean team = s.component_type().equals("team");
        return new Detail(s.session_id(), team ? null : s.session_id(), s.name(), s.user_id(),
                team ? null : s.component_id(), team ? s.component_id() : null, Map.of(), history.chat(s),
                s.created_at(), s.updated_at());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
