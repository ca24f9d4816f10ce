package dev.dash.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one caller may ask of the service at once. */
@ConfigMapping(prefix = "dash.limits")
public interface LimitsConfig {

    /** Runs one user may have in flight; one more gets 429. */
    @WithDefault("3")
    int runsPerUser();

    /** Largest request body; a bigger one gets 413 (also the HTTP server's own limit). */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
