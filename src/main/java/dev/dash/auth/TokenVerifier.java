package dev.dash.auth;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens with smallrye-jwt against JWT_VERIFICATION_KEY (RS256, {@code exp} enforced with a small
 * leeway, scopes from the {@code scopes} claim; {@code iss} and {@code aud} checked when JWT_ISSUER and JWT_AUDIENCE
 * are set). In prd the service does not start without the key.
 */
@Startup
@ApplicationScoped
public class TokenVerifier {

    static final String MISSING_KEY = "RUNTIME_ENV=prd requires JWT_VERIFICATION_KEY: the PEM public key (RS256) that "
            + "verifies bearer tokens (from os.agno.com, or .dash/jwt/public.pem made by ./dash token). "
            + "Set it, or run with RUNTIME_ENV=dev.";

    private final Optional<DefaultJWTParser> parser;

    public TokenVerifier(AuthConfig config) {
        if (!config.production()) {
            parser = Optional.empty();
            return;
        }
        String key = config.verificationKey().filter(k -> !k.isBlank())
                .orElseThrow(() -> new IllegalStateException(MISSING_KEY));
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyContent(key.strip());
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setExpGracePeriodSecs((int) config.leeway().toSeconds());
        config.issuer().map(String::strip).filter(i -> !i.isEmpty()).ifPresent(info::setIssuedBy);
        config.audience().map(Set::copyOf).filter(a -> !a.isEmpty()).ifPresent(info::setExpectedAudience);
        info.setGroupsPath("scopes");
        info.setRequireNamedPrincipal(false);
        parser = Optional.of(new DefaultJWTParser(info));
    }

    /** The verified token; empty when its signature, expiry or format is wrong. */
    public Optional<JsonWebToken> verify(String token) {
        try {
            return Optional.of(parser.orElseThrow(() -> new IllegalStateException("Tokens are not verified in dev"))
                    .parse(token));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
