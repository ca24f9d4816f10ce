package dev.dash.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Connects Dash to the local Slack stand-in, with a bot token and a signing secret, and to the test reports. */
public class FakeSlackResource implements QuarkusTestResourceLifecycleManager {

    public static final String SIGNING_SECRET = "test-signing-secret";

    @Override
    public Map<String, String> start() {
        return Map.of("dash.slack.api-url", FakeSlack.get().apiUrl(), "dash.slack.token", "xoxb-test-token",
                "dash.slack.signing-secret", SIGNING_SECRET, "dash.reports.dir", "src/test/resources/reports");
    }

    @Override
    public void stop() {
        // The server lives for the whole test JVM.
    }
}
