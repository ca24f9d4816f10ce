package dev.dash.retrieval.embedding.onnx;

import dev.dash.retrieval.Embedder;
import dev.dash.retrieval.Remembered;
import dev.dash.retrieval.embedding.EmbedderFactory;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In-process ONNX models (no network call), JVM builds only: the `native` Maven profile leaves this package and the
 * ONNX runtime out. all-MiniLM ships; bge-small is benchmark-only, on the class path only in builds with `-Pbench`
 * (`./dash bench retrieval`), so it is loaded by name. BGE was trained with an instruction prefix on the query side.
 */
@ApplicationScoped
public class InProcessEmbedders implements EmbedderFactory {

    public static final String MINILM = "all-minilm-l6-v2";
    public static final String BGE = "bge-small-en-v1.5";
    private static final String BGE_CLASS =
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel";
    private static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    @Override
    public Set<String> names() {
        return Set.of(MINILM, BGE);
    }

    @Override
    public Optional<Embedder> create(String name) {
        return Optional.ofNullable(switch (name) {
            case MINILM -> named(name);
            case BGE -> bgeOnClassPath() ? named(name) : null;
            default -> null;
        });
    }

    /** The named model, for tests and the benchmark. */
    public static Embedder named(String name) {
        return switch (name) {
            case MINILM -> new Local(new AllMiniLmL6V2QuantizedEmbeddingModel(), "");
            case BGE -> new Local(bge(), BGE_QUERY_PREFIX);
            default -> throw new IllegalArgumentException("No in-process embedding model " + name);
        };
    }

    private static boolean bgeOnClassPath() {
        return InProcessEmbedders.class.getClassLoader().getResource(BGE_CLASS.replace('.', '/') + ".class") != null;
    }

    private static EmbeddingModel bge() {
        try {
            return (EmbeddingModel) Class.forName(BGE_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(BGE + " is benchmark-only: build with -Pbench (./dash bench retrieval)", e);
        }
    }

    /**
     * Remembers the vectors of recent single texts: a question is embedded to route it, to match it with the validated
     * queries and to retrieve its context, and without a query prefix those are the same text.
     */
    private static final class Local implements Embedder {

        private final EmbeddingModel model;
        private final String queryPrefix;
        private final Remembered<String, Embedding> recent;

        Local(EmbeddingModel model, String queryPrefix) {
            this.model = model;
            this.queryPrefix = queryPrefix;
            this.recent = new Remembered<>(1_000, text -> model.embed(text).content());
        }

        @Override
        public Embedding query(String question) {
            return recent.get(queryPrefix + question);
        }

        @Override
        public List<Embedding> passages(List<String> texts) {
            if (texts.size() == 1) {
                return List.of(recent.get(texts.getFirst()));
            }
            return model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        }
    }
}
