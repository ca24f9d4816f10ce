package dev.dash.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** No API key and no base URL: the service runs offline. Tests that share it share one Quarkus boot. */
public class OfflineProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dash.model.api-key", "", "dash.model.base-url", "");
    }
}
