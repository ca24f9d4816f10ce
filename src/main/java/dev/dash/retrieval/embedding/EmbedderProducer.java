package dev.dash.retrieval.embedding;

import dev.dash.retrieval.Embedder;
import dev.dash.retrieval.RetrievalConfig;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.TreeSet;

/** The one {@link Embedder} the service uses, chosen by {@code dash.knowledge.embedding-model}. */
@ApplicationScoped
public class EmbedderProducer {

    private final List<EmbedderFactory> factories;

    public EmbedderProducer(@All List<EmbedderFactory> factories) {
        this.factories = factories;
    }

    @Produces
    @ApplicationScoped
    Embedder embedder(RetrievalConfig config) {
        return named(config.embeddingModel());
    }

    /** Any model this build can make (the benchmark compares several). */
    public Embedder named(String name) {
        return factories.stream().filter(f -> f.names().contains(name)).findFirst()
                .flatMap(f -> f.create(name))
                .orElseThrow(() -> new IllegalStateException("Embedding model " + name + " is not available in this "
                        + "build or configuration; dash.knowledge.embedding-model may be one of " + available()
                        + " (the native image has only openai, which needs OPENAI_API_KEY or OPENAI_BASE_URL)"));
    }

    /** Names of the models this build knows. */
    public TreeSet<String> available() {
        var names = new TreeSet<String>();
        factories.forEach(f -> names.addAll(f.names()));
        return names;
    }
}
