package dev.dash.agentos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.agent.Coordinator;
import dev.dash.api.RunQuota;
import dev.dash.http.ApiException;
import dev.dash.http.UserResolver;
import dev.dash.run.Asker;
import dev.dash.run.QuestionLimit;
import dev.dash.run.Route;
import dev.dash.run.RunEvent;
import dev.dash.run.RunEvents;
import dev.dash.run.RunExecutor;
import dev.dash.run.RunResponse;
import dev.dash.run.Via;
import dev.dash.session.SessionRef;
import dev.dash.session.SessionStore;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * AgentOS's POST /agents/{id}/runs and /teams/{id}/runs, as agent-ui sends them (a multipart form with message,
 * stream and session_id): the same coordinator, run executor and store as /api/ask, streamed as AgentOS's events.
 */
@Path("/")
@Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
public class RunsResource {

    private static final int MAX_SESSION_ID = 200;

    private final Coordinator coordinator;
    private final RunExecutor runs;
    private final Catalog catalog;
    private final UserResolver users;
    private final RunQuota quota;
    private final ObjectMapper json;
    private final QuestionLimit limit;

    public RunsResource(Coordinator coordinator, RunExecutor runs, Catalog catalog, UserResolver users,
            RunQuota quota, ObjectMapper json, QuestionLimit limit) {
        this.limit = limit;
        this.coordinator = coordinator;
        this.runs = runs;
        this.catalog = catalog;
        this.users = users;
        this.quota = quota;
        this.json = json;
    }

    @POST
    @Path("agents/{id}/runs")
    @Blocking
    @RunOnVirtualThread
    public RestMulti<String> agentRun(@PathParam("id") String id, @RestForm String message,
            @RestForm String stream, @RestForm("session_id") String sessionId,
            @RestForm("files") List<FileUpload> files) {
        Catalog.Agent agent = catalog.agent(id).orElseThrow(() -> new ApiException(404, "not_found",
                "Agent not found"));
        Route route = "engineer".equals(id) ? Route.ENGINEER : Route.ANALYST;
        return run(new Form(message, stream, sessionId, files), SessionStore.Component.agent(id), route,
                AgentOsFrames.agent(json, agent.id(), agent.name()));
    }

    @POST
    @Path("teams/{id}/runs")
    @Blocking
    @RunOnVirtualThread
    public RestMulti<String> teamRun(@PathParam("id") String id, @RestForm String message,
            @RestForm String stream, @RestForm("session_id") String sessionId,
            @RestForm("files") List<FileUpload> files) {
        Catalog.Team team = catalog.team(id).orElseThrow(() -> new ApiException(404, "not_found", "Team not found"));
        return run(new Form(message, stream, sessionId, files), SessionStore.Component.TEAM, null,
                AgentOsFrames.team(json, team.id(), team.name()));
    }

    private RestMulti<String> run(Form form, SessionStore.Component component, Route route, AgentOsFrames frames) {
        String question = form.validMessage(limit);
        Asker asker = users.asking(Via.AGENTOS);
        SessionRef session = coordinator.open(asker, form.sessionId(), component);
        String sessionId = session.id();
        RunQuota.Permit permit = quota.acquire(asker.userId());
        Function<RunEvents, RunResponse> answer = events -> {
            try (permit) {
                return coordinator.answer(asker, session, question, route, events);
            }
        };
        try {
            if (!form.streaming()) {
                Map<String, Object> output = output(frames, runs.call(answer, RunEvents.NONE));
                return RestMulti.fromMultiData(Multi.createFrom().item(write(output)))
                        .header("Content-Type", MediaType.APPLICATION_JSON).build();
            }
            Multi<String> events = runs.stream(answer).map(frames::frame)
                    .onFailure().recoverWithItem(e -> frames.frame(new RunEvent("RunError", Map.of("event",
                            "RunError", "session_id", sessionId, "content", "Something went wrong while answering.",
                            "error_type", "internal_error"))));
            return RestMulti.fromMultiData(events).header("Content-Type", MediaType.SERVER_SENT_EVENTS)
                    .header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no").build();
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    /** The run as AgentOS answers {@code stream=false}: its output, with our whole response under "response". */
    private static Map<String, Object> output(AgentOsFrames frames, RunResponse run) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event", "RunCompleted");
        fields.put("run_id", run.run_id().toString());
        fields.put("session_id", run.session_id());
        fields.put("user_id", run.user_id());
        fields.put("content", run.answer());
        fields.put("content_type", "str");
        fields.put("status", run.error() == null ? "COMPLETED" : "ERROR");
        fields.put("created_at", Instant.now().getEpochSecond());
        fields.put("response", run);
        Map<String, Object> output = frames.payload(new RunEvent("RunCompleted", fields));
        output.remove("event");
        return output;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form fields agent-ui and the control plane send. */
    private record Form(String message, String stream, String session_id, List<FileUpload> files) {

        String validMessage(QuestionLimit limit) {
            if (files != null && !files.isEmpty()) {
                throw new ApiException(400, "bad_request", "File uploads are not supported; send the question as text");
            }
            if (message == null || message.isBlank()) {
                throw new ApiException(400, "bad_request", "Field 'message' is required and must not be empty");
            }
            if (limit.exceededBy(message)) {
                throw new ApiException(400, "bad_request", "Field 'message' is longer than " + limit.described());
            }
            if (session_id != null && (session_id.length() > MAX_SESSION_ID
                    || session_id.chars().anyMatch(Character::isISOControl))) {
                throw new ApiException(400, "bad_request", "Field 'session_id' must be at most " + MAX_SESSION_ID
                        + " printable characters");
            }
            return message.strip();
        }

        /** The session to continue; null (as agent-ui's empty session_id) starts a new one, as AgentOS does. */
        String sessionId() {
            return session_id == null || session_id.isBlank() ? null : session_id.strip();
        }

        boolean streaming() {
            return stream == null || stream.isBlank() || Boolean.parseBoolean(stream.strip());
        }
    }
}
