package dev.dash.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the scripted model before Quarkus boots and points the OpenAI client at it. */
public class ScriptedModelResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String url = ScriptedModel.get().baseUrl();
        return Map.of("quarkus.langchain4j.openai.base-url", url, "dash.model.base-url", url,
                "dash.model.max-retries", "2");
    }

    @Override
    public void stop() {
        // The server lives for the whole test JVM: several Quarkus boots reuse it.
    }
}
