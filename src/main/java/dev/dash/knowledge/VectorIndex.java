package dev.dash.knowledge;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors of knowledge entries and learnings in pgvector. An entry may have several vectors (a validated query has
 * one per question it answers); a search returns each entry once, with its best cosine similarity.
 */
@ApplicationScoped
public class VectorIndex {

    static final String REF = "ref";
    static final String KIND = "kind";

    private final EmbeddingStore<TextSegment> store;
    private final Embedder embedder;

    public VectorIndex(EmbeddingStore<TextSegment> store, Embedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /** A scored entry: {@code similarity} is the cosine similarity, -1 to 1. */
    public record Hit(String ref, String kind, double similarity) {
    }

    public void put(String ref, String kind, List<String> texts) {
        put(ref, kind, texts, embedder.passages(texts));
    }

    /** Stores vectors already computed for the texts. */
    public void put(String ref, String kind, List<String> texts, List<Embedding> vectors) {
        remove(List.of(ref));
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text, Metadata.from(Map.of(REF, ref, KIND, kind))));
        }
        store.addAll(vectors, segments);
    }

    public void remove(Collection<String> refs) {
        if (!refs.isEmpty()) {
            store.removeAll(metadataKey(REF).isIn(refs));
        }
    }

    public void removeKinds(Collection<String> kinds) {
        store.removeAll(metadataKey(KIND).isIn(kinds));
    }

    /** Best entries for a question embedding, restricted to some kinds when given. */
    public List<Hit> search(Embedding question, int maxVectors, Collection<String> kinds) {
        Filter filter = kinds == null || kinds.isEmpty() ? null : metadataKey(KIND).isIn(kinds);
        var request = EmbeddingSearchRequest.builder()
                .queryEmbedding(question).maxResults(maxVectors).minScore(0.0).filter(filter).build();
        Map<String, Hit> best = new LinkedHashMap<>();
        for (var match : store.search(request).matches()) {
            var metadata = match.embedded().metadata();
            // The store reports (1 + cosine) / 2.
            var hit = new Hit(metadata.getString(REF), metadata.getString(KIND), 2 * match.score() - 1);
            best.putIfAbsent(hit.ref(), hit);
        }
        return List.copyOf(best.values());
    }
}
