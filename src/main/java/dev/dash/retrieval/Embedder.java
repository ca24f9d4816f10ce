package dev.dash.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import java.util.List;

/**
 * The embedding seam: turns questions and passages into 384-dimension vectors. Which model answers is configuration
 * ({@code dash.knowledge.embedding-model}, see the embedding package): in-process ONNX
 * on the JVM, an OpenAI-compatible endpoint in the native image.
 */
public interface Embedder {

    /** A user's question, to search with. */
    Embedding query(String question);

    /** Texts to be found. */
    List<Embedding> passages(List<String> texts);
}
