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
    private final Encoding tokens = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

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
        List<Ranked> ranked = rank(question, null);
        Map<String, Integer> perKind = new HashMap<>();
        List<Ranked> chosen = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.score() >= config.minScore() && perKind.merge(r.kind(), 1, Integer::sum) <= config.entriesPerKind()) {
                chosen.add(r);
            }
        }
        return new ContextPack(question, withText(chosen));
    }

    /** Every candidate entry for the question, best first; optionally of some kinds only. */
    public List<Ranked> rank(String question, List<String> kinds) {
        Embedding vector = embedder.query(question);
        Map<String, VectorIndex.Hit> hits = new LinkedHashMap<>();
        for (var hit : index.search(vector, CANDIDATE_ENTRIES, kinds)) {
            hits.put(hit.ref(), hit);
        }
        Map<String, Double> text = knowledge.textSearch(question, CANDIDATE_TEXT);
        Map<String, Double> coverage = termCoverage(question, hits.keySet());
        List<Ranked> ranked = new ArrayList<>();
        for (var hit : hits.values()) {
            double rank = text.getOrDefault(hit.ref(), 0.0);
            ranked.add(new Ranked(hit.ref(), hit.kind(), hit.similarity(), hit.similarity()
                    + config.textWeight() * rank / (rank + 0.1)
                    + config.termWeight() * coverage.getOrDefault(hit.ref(), 0.0)));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    /** Share of the data terms the question names (tables, columns, values) that each entry mentions. */
    private Map<String, Double> termCoverage(String question, java.util.Collection<String> refs) {
        List<String> named = terms.in(question);
        Map<String, Double> coverage = new HashMap<>();
        if (named.isEmpty()) {
            return coverage;
        }
        Map<String, String> texts = new HashMap<>();
        knowledge.byIds(refs.stream().filter(r -> !r.startsWith(Learning.REF_PREFIX)).toList())
                .forEach(e -> texts.put(e.id(), e.searchText() + " " + (e.sql() == null ? "" : e.sql())));
        learnings.byIds(learningIds(refs)).forEach(l -> texts.put(l.ref(), l.promptText() + " " + l.tables()));
        texts.forEach((ref, text) -> coverage.put(ref,
                1.0 - (double) terms.unexplained(question, text).size() / named.size()));
        return coverage;
    }

    private static List<Long> learningIds(java.util.Collection<String> refs) {
        return refs.stream().filter(r -> r.startsWith(Learning.REF_PREFIX))
                .map(r -> Long.parseLong(r.substring(Learning.REF_PREFIX.length()))).toList();
    }

    private List<ContextPack.Entry> withText(List<Ranked> chosen) {
        Map<String, String> texts = new HashMap<>();
        List<String> refs = chosen.stream().map(Ranked::ref).toList();
        List<Long> learningIds = learningIds(refs);
        for (KnowledgeEntry e : knowledge.byIds(refs.stream().filter(r -> !r.startsWith(Learning.REF_PREFIX)).toList())) {
            texts.put(e.id(), EntryText.of(e));
        }
        for (Learning l : learnings.byIds(learningIds)) {
            texts.put(l.ref(), l.promptText());
        }
        if (!learningIds.isEmpty()) {
            learnings.markUsed(learningIds);
        }
        Map<String, Integer> budget = new HashMap<>();
        List<ContextPack.Entry> entries = new ArrayList<>();
        for (Ranked r : chosen) {
            String text = texts.get(r.ref());
            if (text == null) {
                continue;
            }
            int cost = tokens.countTokens(text);
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
