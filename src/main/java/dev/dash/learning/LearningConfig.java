package dev.dash.learning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How learnings are merged. */
@ConfigMapping(prefix = "dash.learning")
public interface LearningConfig {

    /** Cosine similarity above which a new learning about the same tables and error class merges into an old one. */
    @WithDefault("0.9")
    double duplicateSimilarity();
}
