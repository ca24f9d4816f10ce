package dev.dash.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.dash.db.Jdbc;
import dev.dash.http.ApiError;
import dev.dash.http.ApiException;
import dev.dash.run.RunsBusy;
import dev.dash.session.SessionNotFound;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every HTTP error as {"detail": "...", "code": "..."}; internal details stay in the log. */
public class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return ApiError.response(e.status(), e.code(), e.getMessage());
    }

    /** Too many runs in flight: refuse clearly rather than queue without bound. */
    @ServerExceptionMapper
    public Response busy(RunsBusy e) {
        return Response.fromResponse(ApiError.response(503, "busy", e.getMessage())).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response notFound(SessionNotFound e) {
        return ApiError.notFound("Session");
    }

    /** Valid JSON of the wrong shape: an array for an object, an object for a string, "yes" for a boolean. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                : r.getFieldName()).reduce((a, b) -> a + "." + b).orElse("the body");
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return ApiError.badRequest("The request body does not fit this endpoint: " + field + " must be " + expected);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return ApiError.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return ApiError.badRequest("The request body is not valid JSON for this endpoint: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return ApiError.badRequest(e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = status == 404 ? "not_found" : status == 405 ? "method_not_allowed"
                : status == 415 ? "unsupported_media_type" : status < 500 ? "bad_request" : "internal_error";
        return ApiError.response(status, code, e.getMessage());
    }

    /** The database could not be reached (connection class 08, shutdown, no connection in time): say so, 503. */
    @ServerExceptionMapper
    public Response database(Jdbc.DataAccessException e) {
        if (e.unavailable()) {
            LOG.warn("Database unavailable", e);
            return ApiError.response(503, "database_unavailable",
                    "The database is not reachable right now; nothing was changed. Try again shortly.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Request failed", e);
        return ApiError.response(500, "internal_error", "The request failed on our side; the log has the details.");
    }
}
