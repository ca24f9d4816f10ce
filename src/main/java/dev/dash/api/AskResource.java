package dev.dash.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.agent.Coordinator;
import dev.dash.run.RunEvents;
import dev.dash.run.RunResponse;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Ask a question: the whole run as JSON, or its events as they happen (SSE). */
@Path("/api/ask")
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class AskResource {

    private final Coordinator coordinator;
    private final UserResolver users;
    private final ObjectMapper json;
    private final RunQuota quota;

    public AskResource(Coordinator coordinator, UserResolver users, ObjectMapper json, RunQuota quota) {
        this.coordinator = coordinator;
        this.users = users;
        this.json = json;
        this.quota = quota;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public RunResponse ask(AskRequest request) {
        String question = required(request).validQuestion();
        String userId = users.userId();
        try (RunQuota.Permit permit = quota.acquire(userId)) {
            return coordinator.ask(userId, request.session_id(), question, RunEvents.NONE);
        }
    }

    @POST
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Response stream(AskRequest request) {
        String question = required(request).validQuestion();
        String userId = users.userId();
        RunQuota.Permit permit = quota.acquire(userId);
        String sessionId;
        try {
            sessionId = coordinator.open(userId, request.session_id(), question);
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
        StreamingOutput events = out -> {
            try (permit) {
                coordinator.answer(userId, sessionId, question, RunEvents.answerOnly((name, payload) -> {
                    try {
                        out.write(("event: " + name + "\ndata: " + line(payload) + "\n\n")
                                .getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        };
        return Response.ok(events, MediaType.SERVER_SENT_EVENTS).header("Cache-Control", "no-cache").build();
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
