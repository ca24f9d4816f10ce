package dev.dash.retrieval.embedding;

import dev.dash.retrieval.Embedder;
import java.util.Optional;
import java.util.Set;

/** Makes the embedding models one kind of backend offers; a build holds only the factories it can run. */
public interface EmbedderFactory {

    /** Model names this factory makes, as {@code dash.knowledge.embedding-model} spells them. */
    Set<String> names();

    /** The named model, or empty when this build or configuration cannot make it. */
    Optional<Embedder> create(String name);
}
