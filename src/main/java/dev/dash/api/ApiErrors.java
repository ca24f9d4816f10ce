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
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every HTTP error as {"detail": "...", "code": "..."}; internal details stay in the log. */
public class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** The form parser's only signal for a form with too many parts is this plain RuntimeException's message. */
    private static final Pattern TOO_MANY_PARTS = Pattern.compile("Param limit of (\\d+) was exceeded");

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return ApiError.response(e.status(), e.code(), e.getMessage());
    }

    /** Too many runs in flight: refuse clearly rather than queue without bound. */
    @ServerExceptionMapper
    public Response busy(RunsBusy e) {
        return retryLater(ApiError.response(503, "busy", e.getMessage()));
    }

    /** This user's runs in flight are at the limit: one finishes within seconds, typically. */
    @ServerExceptionMapper
    public Response tooManyRuns(RunQuota.TooManyRuns e) {
        return retryLater(ApiError.response(e.status(), e.code(), e.getMessage()));
    }

    private static Response retryLater(Response response) {
        return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
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
        return ApiError.response(status, code(status), e.getMessage());
    }

    static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            default -> status < 500 ? "bad_request" : "internal_error";
        };
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

    /** The body ended before its multipart boundary closed it, or the boundary in Content-Type is not the body's. */
    @ServerExceptionMapper
    public Response unreadable(IOException e) {
        LOG.debug("Request body unreadable", e);
        return ApiError.badRequest("The request body could not be read: a multipart body must use the boundary its "
                + "Content-Type names and end with it");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Matcher parts = TOO_MANY_PARTS.matcher(String.valueOf(e.getMessage()));
        if (parts.matches()) {
            return ApiError.response(413, "payload_too_large", "The form has more than " + parts.group(1)
                    + " parts (quarkus.http.limits.max-parameters)");
        }
        LOG.error("Request failed", e);
        return ApiError.response(500, "internal_error", "The request failed on our side; the log has the details.");
    }
}
