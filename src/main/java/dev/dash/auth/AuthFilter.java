package dev.dash.auth;

import dev.dash.http.ApiError;
import dev.dash.http.Caller;
import dev.dash.http.CurrentCaller;
import dev.dash.http.Scopes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides who calls and whether they may: in prd a bearer JWT with the scope {@code auth/scopes.txt} names for the
 * endpoint (401 without a valid token, 403 without the scope, 404 for a route no rule names); in dev the X-User-Id
 * header, else "dev".
 */
public class AuthFilter {

    public static final String USER_HEADER = "X-User-Id";
    private static final String DEV_USER = "dev";
    private static final Pattern VALID_USER = Pattern.compile("[\\w.@:+-]{1,128}");

    private final AuthConfig config;
    private final ScopeRules rules;
    private final TokenVerifier verifier;
    private final CurrentCaller current;

    public AuthFilter(AuthConfig config, ScopeRules rules, TokenVerifier verifier, CurrentCaller current) {
        this.config = config;
        this.rules = rules;
        this.verifier = verifier;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!config.production()) {
            return devCaller(request.getHeaderString(USER_HEADER));
        }
        if ("OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        String required = rules.required(request.getMethod(), request.getUriInfo().getPath());
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean sent = header != null && !header.isBlank();
        if (ScopeRules.OPEN.equals(required)) {
            // A token is optional here: a valid one only lets the endpoint say more (as /health does).
            if (sent) {
                verifier.verify(bearer(header)).flatMap(AuthFilter::caller).ifPresent(current::set);
            }
            return Optional.empty();
        }
        if (!sent) {
            return unauthorized("missing_token", "Authorization header required");
        }
        Optional<JsonWebToken> token = verifier.verify(bearer(header));
        if (token.isEmpty()) {
            return unauthorized("invalid_token", "Invalid authentication token: bad signature, expired or malformed");
        }
        Optional<Caller> verified = caller(token.get());
        if (verified.isEmpty()) {
            return unauthorized("invalid_token", "Invalid authentication token: no subject (sub)");
        }
        if (ScopeRules.NONE.equals(required)) {
            return Optional.of(ApiError.response(404, "not_found", "No endpoint answers "
                    + request.getMethod() + " at this path"));
        }
        Caller caller = verified.get();
        if (!ScopeRules.TOKEN.equals(required) && !caller.may(required)) {
            return Optional.of(ApiError.response(403, "insufficient_scope",
                    "Insufficient permissions. Required scope(s): " + required.replace(":" + Scopes.ANY_ID + ":", ":")));
        }
        current.set(caller);
        return Optional.empty();
    }

    private static Optional<Caller> caller(JsonWebToken token) {
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? Optional.empty()
                : Optional.of(new Caller(subject, Set.copyOf(token.getGroups()), true));
    }

    private Optional<Response> devCaller(String header) {
        if (header == null || header.isBlank()) {
            current.set(Caller.dev(DEV_USER));
            return Optional.empty();
        }
        String id = header.strip();
        if (!VALID_USER.matcher(id).matches()) {
            return Optional.of(ApiError.badRequest(
                    USER_HEADER + " must be 1-128 letters, digits or . @ : + - _ characters"));
        }
        current.set(Caller.dev(id));
        return Optional.empty();
    }

    /** AgentOS accepts "Bearer <token>" and the bare token. */
    private static String bearer(String header) {
        String value = header.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : value;
    }

    private static Optional<Response> unauthorized(String code, String detail) {
        return Optional.of(Response.fromResponse(ApiError.response(401, code, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }
}
