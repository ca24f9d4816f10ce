package dev.dash.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dash.session.SessionNotFound;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every HTTP error as {"detail": "...", "code": "..."}. */
public class ApiErrors {

    public record Body(String detail, String code) {
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return of(e.status(), e.getMessage(), e.code());
    }

    @ServerExceptionMapper
    public Response notFound(SessionNotFound e) {
        return of(404, "Session not found", "not_found");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return of(400, "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage(),
                "bad_request");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = status == 404 ? "not_found" : status == 405 ? "method_not_allowed"
                : status == 415 ? "unsupported_media_type" : status < 500 ? "bad_request" : "internal_error";
        return of(status, e.getMessage(), code);
    }

    private static Response of(int status, String detail, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Body(detail, code)).build();
    }
}
