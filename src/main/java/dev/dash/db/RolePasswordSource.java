package dev.dash.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Default passwords of the agent roles when DB_ANALYST_PASS / DB_ENGINEER_PASS are not set: derived from the service's
 * own DB_PASS (HMAC-SHA256), so a deployment with a single database URL gets roles nobody can guess, with no manual
 * step. Explicit values always win (this source has the lowest ordinal).
 */
public class RolePasswordSource implements ConfigSourceFactory {

    static final int ORDINAL = 10;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        var serviceValue = context.getValue("DB_PASS");
        String servicePassword = serviceValue == null || serviceValue.getValue() == null ? "dash" : serviceValue.getValue();
        return java.util.List.of(new MapBackedConfigSource("dash-role-passwords", Map.of(
                "DB_ANALYST_PASS", derive(servicePassword, "dash_analyst"),
                "DB_ENGINEER_PASS", derive(servicePassword, "dash_engineer")), ORDINAL) {
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
}
