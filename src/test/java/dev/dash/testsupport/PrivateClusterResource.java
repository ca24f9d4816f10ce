package dev.dash.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Points every datasource of the service at a {@link PrivateCluster} of its own, as the cluster's superuser (so setup
 * takes the superuser steps itself, as on a managed database); the test reaches the cluster through {@link #cluster()}.
 */
public class PrivateClusterResource implements QuarkusTestResourceLifecycleManager {

    private static volatile PrivateCluster cluster;

    public static PrivateCluster cluster() {
        return cluster;
    }

    @Override
    public Map<String, String> start() {
        try {
            cluster = PrivateCluster.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("dash.db.host", "127.0.0.1", "dash.db.port", String.valueOf(cluster.port()),
                "%test.dash.db.database", PrivateCluster.DATABASE, "quarkus.datasource.username", "postgres");
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.destroy();
            cluster = null;
        }
    }
}
