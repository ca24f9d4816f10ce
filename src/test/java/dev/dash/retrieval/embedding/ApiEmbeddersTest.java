package dev.dash.retrieval.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.dash.model.ModelConfig;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The native image's embedder: an OpenAI-compatible /embeddings endpoint, asked for 384 dimensions. A Quarkus test
 * because the OpenAI client is Quarkus's REST client, as in the service.
 */
@QuarkusTest
class ApiEmbeddersTest {

    private static final String VECTOR = "[" + "0.5,".repeat(ApiEmbedders.DIMENSIONS - 1) + "0.5]";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/embeddings", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"object\":\"list\",\"model\":\"text-embedding-3-small\",\"data\":["
                    + "{\"object\":\"embedding\",\"index\":0,\"embedding\":" + VECTOR + "}],"
                    + "\"usage\":{\"prompt_tokens\":3,\"total_tokens\":3}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void embedsThroughTheConfiguredEndpointAt384Dimensions() {
        var factory = new ApiEmbedders(model(Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")),
                "text-embedding-3-small", Duration.ofSeconds(5));

        var embedder = factory.create(ApiEmbedders.OPENAI).orElseThrow();

        assertThat(embedder.query("monthly revenue by plan").dimension()).isEqualTo(384);
        assertThat(requests).singleElement().satisfies(body -> {
            assertThat(body).contains("monthly revenue by plan");
            assertThat(body.replaceAll("\\s+", ""))
                    .contains("\"dimensions\":384", "\"model\":\"text-embedding-3-small\"");
        });
    }

    @Test
    void offlineThereIsNoApiEmbedder() {
        var factory = new ApiEmbedders(model(Optional.empty()), "text-embedding-3-small", Duration.ofSeconds(5));

        assertThat(factory.create(ApiEmbedders.OPENAI)).isEmpty();
        assertThat(factory.create("all-minilm-l6-v2")).isEmpty();
    }

    private static ModelConfig model(Optional<String> baseUrl) {
        return new ModelConfig() {
            @Override
            public Optional<String> apiKey() {
                return Optional.empty();
            }

            @Override
            public Optional<String> baseUrl() {
                return baseUrl;
            }

            @Override
            public String name() {
                return "test";
            }

            @Override
            public int maxRetries() {
                return 0;
            }

            @Override
            public int connections() {
                return 1;
            }
        };
    }
}
