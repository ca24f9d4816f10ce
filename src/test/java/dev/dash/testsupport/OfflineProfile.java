package dev.dash.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** No API key, no base URL: the service runs without a model. */
public class OfflineProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dash.model.api-key", "", "dash.model.base-url", "");
    }
}
