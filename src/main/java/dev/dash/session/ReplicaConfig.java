package dev.dash.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a serving process tells the others it is alive, so its running runs are left alone. */
@ConfigMapping(prefix = "dash.replica")
public interface ReplicaConfig {

    /** DASH_REPLICA_HEARTBEAT: how often this process says it is alive (and looks for stopped replicas' runs). */
    @WithDefault("10s")
    Duration heartbeat();

    /**
     * DASH_REPLICA_LEASE: a process not heard from for this long is taken as stopped, and its running runs are marked
     * interrupted. At least three heartbeats, so a late one or two never interrupt a live replica's runs.
     */
    @WithDefault("30s")
    Duration lease();
}
