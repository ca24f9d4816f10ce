package dev.dash.auth;

import dev.dash.http.Caller;
import dev.dash.http.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls and whether they may, for every way in over HTTP (the JAX-RS filter and the servlet filter of /mcp): in
 * prd a bearer JWT with the scope {@code auth/scopes.txt} names for the route (401 without a valid token, 403 without
 * the scope, 404 for a route no rule names); in dev the X-User-Id header, else "dev".
 */
@ApplicationScoped
public class Gate {

    public static final String USER_HEADER = "X-User-Id";
    private static final String DEV_USER = "dev";
    private static final Pattern VALID_USER = Pattern.compile("[\\w.@:+-]{1,128}");

    private final AuthConfig config;
    private final ScopeRules rules;
    private final TokenVerifier verifier;

    public Gate(AuthConfig config, ScopeRules rules, TokenVerifier verifier) {
        this.config = config;
        this.rules = rules;
        this.verifier = verifier;
    }

    /** The decision: let through (with the caller, when known) or refuse. */
    public sealed interface Decision {
    }

    /** Let through; on an open route in prd the caller is known only when a valid token came along. */
    public record Pass(Optional<Caller> caller) implements Decision {
    }

    /** Refused with this status and error body; {@code challenge} asks for a bearer token (WWW-Authenticate). */
    public record Refuse(int status, String code, String detail, boolean challenge) implements Decision {
    }

    /** Decides a request from its method, path, Authorization header and X-User-Id header (either may be null). */
    public Decision decide(String method, String path, String authorization, String userHeader) {
        if (!config.production()) {
            return devCaller(userHeader);
        }
        if ("OPTIONS".equals(method)) {
            return new Pass(Optional.empty());
        }
        String required = rules.required(method, path);
        boolean sent = authorization != null && !authorization.isBlank();
        if (ScopeRules.OPEN.equals(required)) {
            // A token is optional here: a valid one only lets the endpoint say more (as /health does).
            return new Pass(sent ? verifier.verify(bearer(authorization)).flatMap(Gate::caller) : Optional.empty());
        }
        if (!sent) {
            return unauthorized("missing_token", "Authorization header required");
        }
        Optional<JsonWebToken> token = verifier.verify(bearer(authorization));
        if (token.isEmpty()) {
            return unauthorized("invalid_token", "Invalid authentication token: bad signature, expired or malformed");
        }
        Optional<Caller> verified = caller(token.get());
        if (verified.isEmpty()) {
            return unauthorized("invalid_token", "Invalid authentication token: no subject (sub)");
        }
        if (ScopeRules.NONE.equals(required)) {
            return new Refuse(404, "not_found", "No endpoint answers " + method + " at this path", false);
        }
        if (!ScopeRules.TOKEN.equals(required) && !verified.get().may(required)) {
            return new Refuse(403, "insufficient_scope", "Insufficient permissions. Required scope(s): "
                    + required.replace(":" + Scopes.ANY_ID + ":", ":"), false);
        }
        return new Pass(verified);
    }

    private static Optional<Caller> caller(JsonWebToken token) {
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? Optional.empty()
                : Optional.of(new Caller(subject, Set.copyOf(token.getGroups()), true));
    }

    private static Decision devCaller(String header) {
        if (header == null || header.isBlank()) {
            return new Pass(Optional.of(Caller.dev(DEV_USER)));
        }
        String id = header.strip();
        if (!VALID_USER.matcher(id).matches()) {
            return new Refuse(400, "bad_request",
                    USER_HEADER + " must be 1-128 letters, digits or . @ : + - _ characters", false);
        }
        return new Pass(Optional.of(Caller.dev(id)));
    }

    /** AgentOS accepts "Bearer <token>" and the bare token. */
    private static String bearer(String header) {
        String value = header.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : value;
    }

    private static Refuse unauthorized(String code, String detail) {
        return new Refuse(401, code, detail, true);
    }
}
