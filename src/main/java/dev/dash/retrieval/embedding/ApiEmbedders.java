package dev.dash.retrieval.embedding;

import dev.dash.model.ModelConfig;
import dev.dash.retrieval.Embedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Embeddings from the OpenAI-compatible endpoint the agents use ({@code openai}): works in the native image, where
 * the in-process ONNX models do not. Asks for 384 dimensions, the size of the vector column.
 */
@ApplicationScoped
public class ApiEmbedders implements EmbedderFactory {

    static final String OPENAI = "openai";
    static final int DIMENSIONS = 384;

    private final ModelConfig model;
    private final String modelName;
    private final Duration timeout;

    public ApiEmbedders(ModelConfig model,
            @ConfigProperty(name = "dash.knowledge.embedding-api-model", defaultValue = "text-embedding-3-small")
            String modelName,
            @ConfigProperty(name = "quarkus.langchain4j.openai.timeout", defaultValue = "60s") Duration timeout) {
        this.model = model;
        this.modelName = modelName;
        this.timeout = timeout;
    }

    @Override
    public Set<String> names() {
        return Set.of(OPENAI);
    }

    @Override
    public Optional<Embedder> create(String name) {
        if (!OPENAI.equals(name) || !model.online()) {
            return Optional.empty();
        }
        var builder = OpenAiEmbeddingModel.builder().modelName(modelName).dimensions(DIMENSIONS).timeout(timeout)
                .apiKey(model.apiKey().orElse("none"));
        model.baseUrl().ifPresent(builder::baseUrl);
        return Optional.of(new Remote(builder.build()));
    }

    private record Remote(EmbeddingModel model) implements Embedder {

        @Override
        public Embedding query(String question) {
            return model.embed(question).content();
        }

        @Override
        public List<Embedding> passages(List<String> texts) {
            return model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        }
    }
}
