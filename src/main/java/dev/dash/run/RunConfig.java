package dev.dash.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How runs execute: how many at once, and how often a quiet stream says it is still alive. */
@ConfigMapping(prefix = "dash.run")
public interface RunConfig {

    /** DASH_MAX_RUNS: runs in flight at once; beyond it a question is refused with 503 {@code busy}. */
    @WithDefault("300")
    int maxInFlight();

    /**
     * DASH_RUN_DEADLINE: a run's whole time budget, every model call, retry and tool step included. When it passes the
     * run ends with status error, code model_timeout, and what it did so far is stored.
     */
    @WithDefault("90s")
    Duration deadline();

    /**
     * DASH_RUN_PREPARING: runs preparing at once ({@link PreparationTurns}); the others wait in order. Default: twice
     * the processors.
     */
    Optional<Integer> preparing();

    /** A stream is never silent for longer than this: a keep-alive fills the gap (at most 15 s, say the clients). */
    @WithDefault("10s")
    Duration keepAlive();
}
