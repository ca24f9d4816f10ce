package dev.dash.model;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientBuilderListener;

/**
 * The model client's HTTP connections. quarkus-langchain4j builds its REST client in code, where the
 * {@code quarkus.rest-client.*} settings do not reach, so:
 * <ul>
 * <li>the pool would keep the REST client's default of 50 connections: beyond 50 runs, model calls queue for a
 * connection while the model itself has room. It is sized by {@link ModelConfig#connections()};</li>
 * <li>the client closes a connection once a streamed answer ends, yet keeps it in the pool meanwhile: under load a
 * call is sent on a connection that is closing and fails with "Connection was closed" (a try lost, a retry, and at
 * 250 runs in flight a few runs lost). A connection therefore serves one call.</li>
 * </ul>
 * Called for every REST client built in code (the MicroProfile listener SPI, see META-INF/services); the model's are
 * the only ones.
 */
public class ModelConnectionPool implements RestClientBuilderListener {

    static final String POOL_SIZE = "io.quarkus.rest.client.connection-pool-size";
    static final String KEEP_ALIVE = "io.quarkus.rest.client.keep-alive-enabled";

    @Override
    public void onNewBuilder(RestClientBuilder builder) {
        builder.property(POOL_SIZE, ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(ModelConfig.class).connections());
        builder.property(KEEP_ALIVE, false);
    }
}
