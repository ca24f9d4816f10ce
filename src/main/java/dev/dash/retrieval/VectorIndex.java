package dev.dash.retrieval;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.dash.db.Jdbc;
import dev.dash.db.SqlResource;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Vectors of knowledge entries and learnings in pgvector. An entry may have several vectors (a validated query has
 * one per question it answers); a search returns each entry once, with its best cosine similarity, among the entries
 * its {@link Viewer} may see: each vector carries its entry's {@link Audience}.
 */
@ApplicationScoped
public class VectorIndex {

    static final String REF = "ref";
    static final String KIND = "kind";
    static final String OWNER = "owner";

    private final EmbeddingStore<TextSegment> store;
    private final Embedder embedder;

    private final AgroalDataSource db;
    private final String searchSql = SqlResource.read("sql/knowledge/vector-search.sql");
    private final String share = "UPDATE dash_internal.embeddings SET metadata = metadata - 'owner' "
            + "WHERE metadata ->> 'ref' = ?";
    private final String restrict = "UPDATE dash_internal.embeddings SET metadata = metadata || "
            + "jsonb_build_object('owner', ?::text) WHERE metadata ->> 'ref' = ?";

    public VectorIndex(EmbeddingStore<TextSegment> store, Embedder embedder, AgroalDataSource db) {
        this.store = store;
        this.embedder = embedder;
        this.db = db;
    }

    /** A scored entry: {@code similarity} is the cosine similarity, -1 to 1. */
    public record Hit(String ref, String kind, double similarity) {
    }

    public void put(String ref, String kind, List<String> texts, Audience audience) {
        put(ref, kind, texts, embedder.passages(texts), audience);
    }

    /** Stores vectors already computed for the texts. */
    public void put(String ref, String kind, List<String> texts, List<Embedding> vectors, Audience audience) {
        remove(List.of(ref));
        Map<String, Object> metadata = audience.everyone() ? Map.of(REF, ref, KIND, kind)
                : Map.of(REF, ref, KIND, kind, OWNER, audience.owner());
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text, Metadata.from(metadata)));
        }
        store.addAll(vectors, segments);
    }

    /** Who finds an entry from now on: everyone once a person approved it, else its owner's runs only. */
    public void reach(String ref, Audience audience) {
        Jdbc.update(db, audience.everyone() ? share : restrict, audience.everyone() ? List.of(ref)
                : List.of(audience.owner(), ref));
    }

    public void remove(Collection<String> refs) {
        if (!refs.isEmpty()) {
            store.removeAll(metadataKey(REF).isIn(refs));
        }
    }

    public void removeKinds(Collection<String> kinds) {
        store.removeAll(metadataKey(KIND).isIn(kinds));
    }

    /**
     * Best entries for a question embedding that the viewer may see, restricted to some kinds when given. Reads the
     * store's table directly: the store's own search ships every vector back and takes ten times longer for the same
     * ranking. Who may see what is decided on the rows it reads ({@link Audience}), at no extra cost.
     */
    public List<Hit> search(Embedding question, int maxEntries, Collection<String> kinds, Viewer viewer) {
        List<String> kindList = kinds == null || kinds.isEmpty() ? null : List.copyOf(kinds);
        List<Hit> hits = new ArrayList<>();
        Jdbc.query(db, searchSql, Arrays.asList(Arrays.toString(question.vector()), kindList, kindList,
                viewer.userId(), maxEntries),
                rs -> hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getDouble(3))));
        return hits;
    }
}
