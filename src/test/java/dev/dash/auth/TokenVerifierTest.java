package dev.dash.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token verifier at startup: RUNTIME_ENV=prd refuses to start without JWT_VERIFICATION_KEY, dev needs none. */
class TokenVerifierTest {

    @Test
    void prdRefusesToStartWithoutAVerificationKey() {
        assertThatThrownBy(() -> new TokenVerifier(config("prd", Optional.empty())))
                .hasMessageContaining("JWT_VERIFICATION_KEY");
        assertThatThrownBy(() -> new TokenVerifier(config("prd", Optional.of("  "))))
                .hasMessageContaining("JWT_VERIFICATION_KEY");
        assertThat(new TokenVerifier(config("dev", Optional.empty()))).isNotNull();
    }

    private static AuthConfig config(String env, Optional<String> key) {
        return new AuthConfig() {
            @Override
            public String runtimeEnv() {
                return env;
            }

            @Override
            public Optional<String> verificationKey() {
                return key;
            }

            @Override
            public Duration leeway() {
                return Duration.ofSeconds(10);
            }
        };
    }
}
