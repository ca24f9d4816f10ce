package dev.dash.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** RUNTIME_ENV=prd with the test key pair's public key as JWT_VERIFICATION_KEY, one run in flight per user. */
public class ProductionProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dash.auth.runtime-env", "prd", "dash.auth.verification-key", TestTokens.TRUSTED.publicKeyPem(),
                "dash.limits.runs-per-user", "1");
    }
}
