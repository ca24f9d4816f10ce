package dev.dash.onboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@code connect} reads a database it has not seen. */
@ConfigMapping(prefix = "dash.onboard")
public interface OnboardConfig {

    /** Most distinct values a text column may hold to be drafted as a dimension with its values (as DataTerms). */
    @WithDefault("30")
    int maxValues();

    /** Most values of a dimension a table file's column description lists (the vocabulary lists them all). */
    @WithDefault("12")
    int listedValues();

    /**
     * Most tables one model request describes; a larger database is sent in batches of this many, so that each reply
     * stays short enough to finish within the model client's timeout.
     */
    @WithDefault("15")
    int modelBatch();

    /** How long connect waits for one model reply. */
    @WithDefault("180s")
    Duration modelTimeout();
}
