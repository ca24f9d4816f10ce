package dev.dash.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Error body of every endpoint, as AgentOS sends it: {"detail": "...", "code": "..."}. */
@RegisterForReflection
public record ApiError(String detail, String code) {

    public static Response response(int status, String code, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(detail, code)).build();
    }

    public static Response notFound(String what) {
        return response(404, "not_found", what + " not found");
    }

    public static Response badRequest(String detail) {
        return response(400, "bad_request", detail);
    }
}
