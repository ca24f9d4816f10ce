package dev.dash.provenance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How an answer's figures are checked against the results of its run before it is sent. */
@ConfigMapping(prefix = "dash.numbers")
public interface NumbersConfig {

    /**
     * DASH_NUMBERS_CORRECTION: whether an answer with a figure that matches nothing goes back to the Analyst once,
     * with the mismatch pointed out (one more model call). Off, the figure is only marked unverified.
     */
    @WithDefault("true")
    boolean correction();
}
