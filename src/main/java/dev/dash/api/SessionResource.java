package dev.dash.api;

import dev.dash.run.RunResponse;
import dev.dash.session.SessionNotFound;
import dev.dash.session.SessionStore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's sessions; another user's session is not found. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionStore sessions;
    private final UserResolver users;

    public SessionResource(SessionStore sessions, UserResolver users) {
        this.sessions = sessions;
        this.users = users;
    }

    @RegisterForReflection
    public record SessionWithRuns(String session_id, String user_id, String name, String created_at, String updated_at,
            List<RunResponse> runs) {
    }

    @GET
    public List<SessionStore.Session> list() {
        return sessions.list(users.userId());
    }

    @GET
    @Path("/{id}")
    public SessionWithRuns get(@PathParam("id") String id) {
        SessionStore.Session s = sessions.find(id, users.userId()).orElseThrow(() -> new SessionNotFound(id));
        return new SessionWithRuns(s.session_id(), s.user_id(), s.name(), s.created_at(), s.updated_at(),
                sessions.runs(id));
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") String id) {
        if (!sessions.delete(id, users.userId())) {
            throw new SessionNotFound(id);
        }
    }
}
