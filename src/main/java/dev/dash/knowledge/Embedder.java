package dev.dash.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The in-process embedding model (no network call). Questions and passages are embedded differently for BGE, which
 * was trained with an instruction prefix on the query side.
 */
@ApplicationScoped
public class Embedder {

    static final String BGE = "bge-small-en-v1.5";
    static final String MINILM = "all-minilm-l6-v2";
    private static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    private final EmbeddingModel model;
    private final String queryPrefix;

    @Inject
    public Embedder(KnowledgeConfig config) {
        this(config.embeddingModel());
    }

    Embedder(String name) {
        this.model = switch (name) {
            case BGE -> new BgeSmallEnV15QuantizedEmbeddingModel();
            case MINILM -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            default -> throw new IllegalArgumentException(
                    "dash.knowledge.embedding-model must be " + BGE + " or " + MINILM + ", not " + name);
        };
        this.queryPrefix = BGE.equals(name) ? BGE_QUERY_PREFIX : "";
    }

    public static Embedder named(String name) {
        return new Embedder(name);
    }

    /** A user's question, to search with. */
    public Embedding query(String question) {
        return model.embed(queryPrefix + question).content();
    }

    /** Texts to be found. */
    public List<Embedding> passages(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    }
}
