package dev.dash.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Who may call the service: open in dev, bearer JWTs with AgentOS scopes in prd. */
@ConfigMapping(prefix = "dash.auth")
public interface AuthConfig {

    /** RUNTIME_ENV: {@code prd} requires a bearer JWT on every endpoint but health; {@code dev} trusts X-User-Id. */
    @WithDefault("dev")
    String runtimeEnv();

    /** JWT_VERIFICATION_KEY: PEM public key that verifies the tokens (RS256, as AgentOS issues them). */
    Optional<String> verificationKey();

    /** JWT_ISSUER: when set, a token's {@code iss} must be exactly this. */
    Optional<String> issuer();

    /** JWT_AUDIENCE: when set (comma-separated), a token's {@code aud} must name one of these. */
    Optional<List<String>> audience();

    /** Clock skew allowed on a token's expiry, as AgentOS allows. */
    @WithDefault("10s")
    Duration leeway();

    default boolean production() {
        return "prd".equalsIgnoreCase(runtimeEnv().strip());
    }
}
