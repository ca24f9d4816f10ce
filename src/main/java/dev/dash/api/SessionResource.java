package dev.dash.api;

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
import java.util.List;

/** The caller's sessions; another user's session, or one of Slack or a report, is not found. */
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
            List<SessionStore.AskedRun> runs) {
    }

    @RegisterForReflection
    public record Rename(String session_name) {

        public String valid() {
            if (session_name == null || session_name.isBlank()) {
                throw new ApiException(400, "bad_request", "Field 'session_name' is required and must not be empty");
            }
            return session_name;
        }
    }

    /** The caller's sessions, a page at a time ({data, meta}); each names its run count, not its runs. */
    @GET
    public Paging<SessionStore.Session> list(@QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        Paging.Request request = Paging.request(page, limit);
        SessionStore.Page found = sessions.list(users.userId(), Via.API, null, null, request.limit(), request.offset());
        return Paging.of(found.sessions(), request, found.total());
    }

    @GET
    @Path("/{id}")
    public SessionWithRuns get(@PathParam("id") String id) {
        SessionStore.Session s = sessions.find(id, users.userId(), Via.API).orElseThrow(() -> new SessionNotFound(id));
        return new SessionWithRuns(s.session_id(), s.user_id(), s.name(), s.created_at(), s.updated_at(),
                sessions.runs(id));
    }

    @POST
    @Path("/{id}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionStore.Session rename(@PathParam("id") String id, Rename body) {
        if (body == null) {
            throw new ApiException(400, "bad_request", "A JSON body {\"session_name\": \"...\"} is required");
        }
        String userId = users.userId();
        if (!sessions.rename(id, userId, Via.API, body.valid())) {
            throw new SessionNotFound(id);
        }
        return sessions.find(id, userId, Via.API).orElseThrow(() -> new SessionNotFound(id));
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") String id) {
        if (!sessions.delete(id, users.userId(), Via.API)) {
            throw new SessionNotFound(id);
        }
    }
}
