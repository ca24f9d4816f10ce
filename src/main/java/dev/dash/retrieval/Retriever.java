package dev.dash.retrieval;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.langchain4j.data.embedding.Embedding;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one retriever every agent uses: for a question, the most relevant entries of each kind (tables, views, metrics,
 * rules, gotchas, validated queries, docs, learnings), ranked by vector similarity fused with full-text rank, each
 * kind cut to a small token budget. The entries' texts come from their {@link Passages} sources. A {@link Viewer}
 * sees what is shared and their own runs' unapproved entries, never another user's.
 */
@ApplicationScoped
public class Retriever {

    private static final int CANDIDATE_ENTRIES = 60;
    private static final int CANDIDATE_TEXT = 30;

    private final Embedder embedder;
    private final VectorIndex index;
    private final List<Passages> sources;
    private final RetrievalConfig config;
    private final DataTerms terms;
    private final Encoding tokens = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    /** The same entries are chosen for question after question. */
    private final Remembered<String, Integer> tokenCounts = new Remembered<>(2_000, tokens::countTokens);

    public Retriever(Embedder embedder, VectorIndex index, @All List<Passages> sources, RetrievalConfig config,
            DataTerms terms) {
        this.embedder = embedder;
        this.index = index;
        this.sources = sources;
        this.config = config;
        this.terms = terms;
    }

    /** A ranked candidate before its text is loaded. */
    public record Ranked(String ref, String kind, double similarity, double score) {
    }

    public ContextPack retrieve(String question, Viewer viewer) {
        Candidates candidates = candidates(question, null, true, viewer);
        Map<String, Integer> perKind = new HashMap<>();
        List<Ranked> chosen = new ArrayList<>();
        for (Ranked r : candidates.ranked()) {
            if (r.score() >= config.minScore() && perKind.merge(r.kind(), 1, Integer::sum) <= config.entriesPerKind()) {
                chosen.add(r);
            }
        }
        return new ContextPack(question, withText(chosen, candidates.passages()));
    }

    /** Every candidate entry for the question that the viewer may see, best first; optionally of some kinds only. */
    public List<Ranked> rank(String question, List<String> kinds, Viewer viewer) {
        return candidates(question, kinds, false, viewer).ranked();
    }

    /** The ranking, and the candidates' passages when they were loaded to score or show them. */
    private record Candidates(List<Ranked> ranked, Map<String, Passages.Passage> passages) {
    }

    private Candidates candidates(String question, List<String> kinds, boolean load, Viewer viewer) {
        Embedding vector = embedder.query(question);
        Map<String, VectorIndex.Hit> hits = new LinkedHashMap<>();
        for (var hit : index.search(vector, CANDIDATE_ENTRIES, kinds, viewer)) {
            hits.put(hit.ref(), hit);
        }
        Map<String, Double> text = new HashMap<>();
        sources.forEach(s -> text.putAll(s.textSearch(question, CANDIDATE_TEXT, viewer)));
        List<String> named = terms.in(question);
        Map<String, Passages.Passage> passages = new HashMap<>();
        if (load || !named.isEmpty()) {
            sources.forEach(s -> passages.putAll(s.load(hits.keySet())));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (var hit : hits.values()) {
            double rank = text.getOrDefault(hit.ref(), 0.0);
            ranked.add(new Ranked(hit.ref(), hit.kind(), hit.similarity(), hit.similarity()
                    + config.textWeight() * rank / (rank + 0.1)
                    + config.termWeight() * coverage(question, named, passages.get(hit.ref()))));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return new Candidates(ranked, passages);
    }

    /** Share of the data terms the question names (tables, columns, values) that the entry mentions. */
    private double coverage(String question, List<String> named, Passages.Passage passage) {
        return named.isEmpty() || passage == null ? 0
                : 1.0 - (double) terms.unexplained(question, passage.coverage()).size() / named.size();
    }

    private List<ContextPack.Entry> withText(List<Ranked> chosen, Map<String, Passages.Passage> passages) {
        List<String> refs = chosen.stream().map(Ranked::ref).toList();
        sources.forEach(s -> s.used(refs));
        Map<String, Integer> budget = new HashMap<>();
        List<ContextPack.Entry> entries = new ArrayList<>();
        for (Ranked r : chosen) {
            Passages.Passage passage = passages.get(r.ref());
            if (passage == null) {
                continue;
            }
            String text = passage.prompt().get();
            int cost = tokenCounts.get(text);
            int spent = budget.getOrDefault(r.kind(), 0);
            if (spent > 0 && spent + cost > config.tokensPerKind()) {
                continue;
            }
            budget.put(r.kind(), spent + cost);
            entries.add(new ContextPack.Entry(r.kind(), r.ref(), text, r.similarity()));
        }
        return entries;
    }
}
