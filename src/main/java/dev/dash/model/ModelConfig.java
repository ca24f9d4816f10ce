package dev.dash.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The model as the environment configures it; without a key and a base URL the service runs offline. */
@ConfigMapping(prefix = "dash.model")
public interface ModelConfig {

    /** OPENAI_API_KEY. */
    Optional<String> apiKey();

    /** OPENAI_BASE_URL: any OpenAI-compatible endpoint. */
    Optional<String> baseUrl();

    /** DASH_MODEL. */
    @WithDefault("gpt-4.1-mini")
    String name();

    /** DASH_MODEL_MAX_RETRIES: retries of a model call that failed before its response began. */
    @WithDefault("3")
    int maxRetries();

    /**
     * DASH_MODEL_CONNECTIONS: HTTP connections to the model at once. Each run in flight waits on at most one model
     * call, so the default is the runs in flight (dash.run.max-in-flight).
     */
    int connections();

    default boolean online() {
        return apiKey().isPresent() || baseUrl().isPresent();
    }
}
