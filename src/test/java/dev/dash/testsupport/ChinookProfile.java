package dev.dash.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Chinook as a user's own database: loaded afresh before the service starts, which runs with DATA_DB_URL pointing
 * there (the Analyst reads its public schema; sessions and knowledge stay in the test database) and the scripted
 * model behind the OpenAI client.
 */
public class ChinookProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dash.data.url", "postgresql://127.0.0.1:5432/" + ChinookDatabase.NAME
                + "?ApplicationName=dash-chinook-test");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Resource.class), new TestResourceEntry(ScriptedModelResource.class));
    }

    /** Loads Chinook before the service starts. */
    public static class Resource implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            ChinookDatabase.recreate();
            return Map.of();
        }

        @Override
        public void stop() {
        }
    }
}
