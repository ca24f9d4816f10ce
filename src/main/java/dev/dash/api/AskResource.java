package dev.dash.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.agent.Coordinator;
import dev.dash.http.ApiException;
import dev.dash.http.UserResolver;
import dev.dash.run.Asker;
import dev.dash.run.QuestionLimit;
import dev.dash.run.RunEvent;
import dev.dash.run.RunEvents;
import dev.dash.run.RunExecutor;
import dev.dash.run.RunResponse;
import dev.dash.run.Via;
import dev.dash.session.SessionRef;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * Ask a question: the whole run as JSON, or its events as they happen (SSE). Both run on virtual threads, so a run
 * waiting for the model holds no worker thread.
 */
@Path("/api/ask")
@Consumes(MediaType.APPLICATION_JSON)
public class AskResource {

    private final Coordinator coordinator;
    private final RunExecutor runs;
    private final UserResolver users;
    private final ObjectMapper json;
    private final RunQuota quota;
    private final QuestionLimit limit;

    public AskResource(Coordinator coordinator, RunExecutor runs, UserResolver users, ObjectMapper json,
            RunQuota quota, QuestionLimit limit) {
        this.limit = limit;
        this.coordinator = coordinator;
        this.runs = runs;
        this.users = users;
        this.json = json;
        this.quota = quota;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    public RunResponse ask(AskRequest request) {
        String question = required(request).validQuestion(limit);
        Asker asker = users.asking(Via.API);
        String userId = asker.userId();
        SessionRef session = coordinator.open(asker, request.session_id());
        try (RunQuota.Permit permit = quota.acquire(userId)) {
            return runs.call(events -> coordinator.answer(asker, session, question, events), RunEvents.NONE);
        }
    }

    /**
     * SSE frames written as AgentOS writes them ({@code event: Name\ndata: {...}\n\n}); Quarkus's own SSE writer
     * drops the space after the colon, which hand-written clients rely on, so the frames go out as text. The members'
     * own runs inside a leader's are left out: this stream shows one answer.
     */
    @POST
    @Path("/stream")
    @Blocking
    @RunOnVirtualThread
    public RestMulti<String> stream(AskRequest request) {
        String question = required(request).validQuestion(limit);
        Asker asker = users.asking(Via.API);
        SessionRef session = coordinator.open(asker, request.session_id());
        String sessionId = session.id();
        RunQuota.Permit permit = quota.acquire(asker.userId());
        try {
            var frames = runs.stream(events -> {
                try (permit) {
                    return coordinator.answer(asker, session, question, RunEvents.answerOnly(events));
                }
            }).map(this::frame).onFailure().recoverWithItem(e -> frame(new RunEvent("RunError", Map.of("event",
                    "RunError", "session_id", sessionId, "content", "Something went wrong while answering.",
                    "error_type", "internal_error"))));
            return RestMulti.fromMultiData(frames).header("Content-Type", MediaType.SERVER_SENT_EVENTS)
                    .header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no").build();
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    private String frame(RunEvent event) {
        return event.isKeepAlive() ? ": keep-alive\n\n" : "event: " + event.name() + "\ndata: " + line(event.payload())
                + "\n\n";
    }

    private static AskRequest required(AskRequest request) {
        if (request == null) {
            throw new ApiException(400, "bad_request", "A JSON body {\"question\": \"...\"} is required");
        }
        return request;
    }

    private String line(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
