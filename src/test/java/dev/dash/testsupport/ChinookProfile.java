package dev.dash.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service offline, with the Analyst's datasource on the Chinook database ({@link ChinookDatabase}), loaded
 * afresh before the service starts; the service's own store stays in the test database.
 */
public class ChinookProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dash.model.api-key", "", "dash.model.base-url", "");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Resource.class));
    }

    /** Loads Chinook and points the Analyst's datasource at it. */
    public static class Resource implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            ChinookDatabase.recreate();
            return Map.of("quarkus.datasource.analyst.jdbc.url", "jdbc:postgresql://${dash.db.host}:${dash.db.port}/"
                    + ChinookDatabase.NAME + "?currentSchema=public&readOnly=true&readOnlyMode=always"
                    + "&ApplicationName=dash-analyst");
        }

        @Override
        public void stop() {
        }
    }
}
