package dev.dash.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Passwords of the agent roles when DB_ANALYST_PASS / DB_ENGINEER_PASS are unset or empty: derived from the service's
 * own DB_PASS (HMAC-SHA256), so a deployment with a single database URL gets roles nobody can guess, with no manual
 * step. A value that is set is never replaced.
 */
public class RolePasswordSource implements ConfigSourceFactory {

    /** Above every other source, so an empty DB_ANALYST_PASS= line (in .env or the environment) is filled in. */
    static final int ORDINAL = 1000;
    static final Map<String, String> ROLES = Map.of("DB_ANALYST_PASS", "dash_analyst", "DB_ENGINEER_PASS", "dash_engineer");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String servicePassword = valueOf(context, "DB_PASS", "dash");
        Map<String, String> missing = new HashMap<>();
        ROLES.forEach((key, role) -> {
            if (valueOf(context, key, "").isEmpty()) {
                missing.put(key, derive(servicePassword, role));
            }
        });
        return missing.isEmpty() ? List.of() : List.of(new MapBackedConfigSource("dash-role-passwords", missing, ORDINAL) {
        });
    }

    static String derive(String servicePassword, String role) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(servicePassword.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(role.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String valueOf(ConfigSourceContext context, String key, String fallback) {
        var value = context.getValue(key);
        return value == null || value.getValue() == null || value.getValue().isEmpty() ? fallback : value.getValue();
    }
}
