package dev.dash.auth;

import dev.dash.http.ApiError;
import dev.dash.http.CurrentCaller;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The {@link Gate} in front of the JAX-RS endpoints: refuses, or records the caller for the request. */
public class AuthFilter {

    private final Gate gate;
    private final CurrentCaller current;

    public AuthFilter(Gate gate, CurrentCaller current) {
        this.gate = gate;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        Gate.Decision decision = gate.decide(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getHeaderString(Gate.USER_HEADER));
        if (decision instanceof Gate.Pass pass) {
            pass.caller().ifPresent(current::set);
            return Optional.empty();
        }
        Gate.Refuse refuse = (Gate.Refuse) decision;
        Response response = ApiError.response(refuse.status(), refuse.code(), refuse.detail());
        return Optional.of(refuse.challenge()
                ? Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build()
                : response);
    }
}
