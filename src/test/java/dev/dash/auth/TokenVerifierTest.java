package dev.dash.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dash.testsupport.TestTokens;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The token verifier: RUNTIME_ENV=prd refuses to start without JWT_VERIFICATION_KEY, dev needs none; expiry has 10 s
 * of leeway as AgentOS allows; JWT_ISSUER and JWT_AUDIENCE, when set, must match the token's iss and aud.
 */
class TokenVerifierTest {

    private static final String KEY = TestTokens.TRUSTED.publicKeyPem();
    private static final String ISSUER = "https://os.agno.com";
    private static final String AUDIENCE = "dash-os";

    @Test
    void prdRefusesToStartWithoutAVerificationKey() {
        assertThatThrownBy(() -> new TokenVerifier(config("prd", Optional.empty())))
                .hasMessageContaining("JWT_VERIFICATION_KEY");
        assertThatThrownBy(() -> new TokenVerifier(config("prd", Optional.of("  "))))
                .hasMessageContaining("JWT_VERIFICATION_KEY");
        assertThat(new TokenVerifier(config("dev", Optional.empty()))).isNotNull();
    }

    @Test
    void aTokenExpiredWithinTheLeewayIsAcceptedAndOneBeyondItIsNot() {
        TokenVerifier verifier = new TokenVerifier(config("prd", Optional.of(KEY)));
        Instant now = Instant.now();
        assertThat(verifier.verify(token(now.minusSeconds(3600), now.minusSeconds(5)))).isPresent();
        assertThat(verifier.verify(token(now.minusSeconds(60), now.plusSeconds(60)))).isPresent();
        assertThat(verifier.verify(token(now.minusSeconds(3600), now.minusSeconds(20)))).isEmpty();
        assertThat(verifier.verify(token(now.minusSeconds(60), now.minusSeconds(11)))).isEmpty();
    }

    @Test
    void withoutAnIssuerOrAudienceConfiguredAnyIssAndAudPass() {
        TokenVerifier verifier = new TokenVerifier(config("prd", Optional.of(KEY)));
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid().issuer("someone").audience("anything"))))
                .isPresent();
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(Jwt.subject("alice").expiresIn(Duration.ofMinutes(5)))))
                .isPresent();
    }

    @Test
    void aConfiguredIssuerMustMatch() {
        TokenVerifier verifier = new TokenVerifier(new Settings("prd", Optional.of(KEY), Optional.of(ISSUER),
                Optional.empty()));
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid().issuer(ISSUER)))).isPresent();
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid().issuer("https://evil.example")))).isEmpty();
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(Jwt.subject("alice").expiresIn(Duration.ofMinutes(5)))))
                .as("no iss").isEmpty();
    }

    @Test
    void aConfiguredAudienceMustBeAmongTheTokensAudiences() {
        TokenVerifier verifier = new TokenVerifier(new Settings("prd", Optional.of(KEY), Optional.empty(),
                Optional.of(List.of(AUDIENCE))));
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid().audience(AUDIENCE)))).isPresent();
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid().audience(Set.of("other", AUDIENCE)))))
                .isPresent();
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid().audience("another-os")))).isEmpty();
        assertThat(verifier.verify(TestTokens.TRUSTED.sign(valid()))).as("no aud").isEmpty();
    }

    private static JwtClaimsBuilder valid() {
        return Jwt.subject("alice").claim("scopes", List.of("sessions:read")).expiresIn(Duration.ofMinutes(5));
    }

    private static String token(Instant issuedAt, Instant expiresAt) {
        return TestTokens.TRUSTED.sign(Jwt.subject("alice").claim("scopes", List.of("sessions:read"))
                .claim("iat", issuedAt.getEpochSecond()).claim("exp", expiresAt.getEpochSecond()));
    }

    private static AuthConfig config(String env, Optional<String> key) {
        return new Settings(env, key, Optional.empty(), Optional.empty());
    }

    private record Settings(String runtimeEnv, Optional<String> verificationKey, Optional<String> issuer,
            Optional<List<String>> audience) implements AuthConfig {

        @Override
        public Duration leeway() {
            return Duration.ofSeconds(10);
        }
    }
}
