package dev.dash.knowledge;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.dash.learning.LearningRepository;
import dev.dash.learning.Learning;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one retriever every agent uses: for a question, the most relevant entries of each kind (tables, views, metrics,
 * rules, gotchas, validated queries, docs, learnings), ranked by vector similarity fused with full-text rank, each
 * kind cut to a small token budget.
 */
@ApplicationScoped
public class Retriever {

    private static final int CANDIDATE_ENTRIES = 60;
    private static final int CANDIDATE_TEXT = 30;

    private final Embedder embedder;
    private final VectorIndex index;
    private final KnowledgeRepository knowledge;
    private final LearningRepository learnings;
    private final KnowledgeConfig config;
    private final Encoding tokens = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    /** The same entries are chosen for question after question. */
    private final Remembered<String, Integer> tokenCounts = new Remembered<>(2_000, tokens::countTokens);

    private final DataTerms terms;

    public Retriever(Embedder embedder, VectorIndex index, KnowledgeRepository knowledge, LearningRepository learnings,
            KnowledgeConfig config, DataTerms terms) {
        this.embedder = embedder;
        this.terms = terms;
        this.index = index;
        this.knowledge = knowledge;
        this.learnings = learnings;
        this.config = config;
    }

    /** A ranked candidate before its text is loaded. */
    public record Ranked(String ref, String kind, double similarity, double score) {
    }

    public ContextPack retrieve(String question) {
        Candidates candidates = candidates(question, null, true);
        Map<String, Integer> perKind = new HashMap<>();
        List<Ranked> chosen = new ArrayList<>();
        for (Ranked r : candidates.ranked()) {
            if (r.score() >= config.minScore() && perKind.merge(r.kind(), 1, Integer::sum) <= config.entriesPerKind()) {
                chosen.add(r);
            }
        }
        return new ContextPack(question, withText(chosen, candidates));
    }

    /** Every candidate entry for the question, best first; optionally of some kinds only. */
    public List<Ranked> rank(String question, List<String> kinds) {
        return candidates(question, kinds, false).ranked();
    }

    /** The ranking, and the candidates' entries and learnings when they were loaded to score or show them. */
    private record Candidates(List<Ranked> ranked, Map<String, KnowledgeEntry> entries, Map<String, Learning> learnings) {
    }

    private Candidates candidates(String question, List<String> kinds, boolean load) {
        Embedding vector = embedder.query(question);
        Map<String, VectorIndex.Hit> hits = new LinkedHashMap<>();
        for (var hit : index.search(vector, CANDIDATE_ENTRIES, kinds)) {
            hits.put(hit.ref(), hit);
        }
        Map<String, Double> text = knowledge.textSearch(question, CANDIDATE_TEXT);
        List<String> named = terms.in(question);
        Map<String, KnowledgeEntry> entries = new HashMap<>();
        Map<String, Learning> lessons = new HashMap<>();
        if (load || !named.isEmpty()) {
            knowledge.byIds(hits.keySet().stream().filter(r -> !r.startsWith(Learning.REF_PREFIX)).toList())
                    .forEach(e -> entries.put(e.id(), e));
            learnings.byIds(Learning.idsOf(hits.keySet())).forEach(l -> lessons.put(l.ref(), l));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (var hit : hits.values()) {
            double rank = text.getOrDefault(hit.ref(), 0.0);
            ranked.add(new Ranked(hit.ref(), hit.kind(), hit.similarity(), hit.similarity()
                    + config.textWeight() * rank / (rank + 0.1)
                    + config.termWeight() * coverage(question, named, hit.ref(), entries, lessons)));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return new Candidates(ranked, entries, lessons);
    }

    /** Share of the data terms the question names (tables, columns, values) that the entry mentions. */
    private double coverage(String question, List<String> named, String ref, Map<String, KnowledgeEntry> entries,
            Map<String, Learning> lessons) {
        String text = entries.containsKey(ref)
                ? entries.get(ref).searchText() + " " + Objects.requireNonNullElse(entries.get(ref).sql(), "")
                : lessons.containsKey(ref) ? lessons.get(ref).promptText() + " " + lessons.get(ref).tables() : null;
        return named.isEmpty() || text == null ? 0 : 1.0 - (double) terms.unexplained(question, text).size() / named.size();
    }

    private List<ContextPack.Entry> withText(List<Ranked> chosen, Candidates candidates) {
        List<Long> usedLearnings = Learning.idsOf(chosen.stream().map(Ranked::ref).toList());
        if (!usedLearnings.isEmpty()) {
            learnings.markUsed(usedLearnings);
        }
        Map<String, Integer> budget = new HashMap<>();
        List<ContextPack.Entry> entries = new ArrayList<>();
        for (Ranked r : chosen) {
            KnowledgeEntry entry = candidates.entries().get(r.ref());
            Learning learning = candidates.learnings().get(r.ref());
            String text = entry != null ? EntryText.of(entry) : learning != null ? learning.promptText() : null;
            if (text == null) {
                continue;
            }
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
