package dev.dash.knowledge.meaning;

import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.retrieval.DataTerms;
import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a validated query answers a question: similarity ranks the candidates, the signature decides. The
 * question is read into the vocabulary's concepts, and a query answers only if it gives everything the question asks
 * for (no extra metric, breakdown, filter, grain or period); only approved queries answer without a model, and only
 * when the best is clearly ahead of the rest ({@link KnownQuestionsConfig}).
 */
@ApplicationScoped
public class KnownQuestions {

    private static final List<String> QUERY = List.of("query");
    /** Queries a model may pick from when none is certain. */
    static final int MAX_PICK = 3;
    private static final int CANDIDATES = 30;
    /** How much a breakdown the question did not ask for costs a candidate when ranking answers. */
    private static final double EXTRA_BREAKDOWN = 0.25;
    /** How much naming all of a query's key metrics adds when ranking answers. */
    private static final double KEY_FIT = 0.1;

    private final Retriever retriever;
    private final KnowledgeRepository knowledge;
    private final Vocabulary vocabulary;
    private final DataTerms terms;
    private final KnownQuestionsConfig config;

    public KnownQuestions(Retriever retriever, KnowledgeRepository knowledge, Vocabulary vocabulary, DataTerms terms,
            KnownQuestionsConfig config) {
        this.config = config;
        this.terms = terms;
        this.retriever = retriever;
        this.knowledge = knowledge;
        this.vocabulary = vocabulary;
    }

    /** What can be done without a model: a certain answer, queries for a model to pick from, or nothing. */
    public record Decision(Optional<QueryMatch> certain, List<QueryMatch> toPick) {
    }

    /** The decision for a question at the configured thresholds: stricter online, where a model can answer instead. */
    public Decision decide(String question, boolean online) {
        return decide(approvedAnswers(question), online ? config.fastPathThreshold() : config.offlineThreshold(),
                config.fastPathMargin(), online ? config.pickThreshold() : Double.MAX_VALUE);
    }

    /** The decision on given answers at given thresholds (the benchmark sweeps them). */
    public static Decision decide(List<QueryMatch> answers, double threshold, double margin, double pickThreshold) {
        if (answers.isEmpty()) {
            return new Decision(Optional.empty(), List.of());
        }
        QueryMatch best = answers.getFirst();
        boolean clear = answers.size() == 1 || rank(best) - rank(answers.get(1)) >= margin;
        if (clear && best.score() >= threshold) {
            return new Decision(Optional.of(best), List.of());
        }
        boolean pickable = best.score() >= pickThreshold;
        return new Decision(Optional.empty(), pickable ? answers.stream().limit(MAX_PICK).toList() : List.of());
    }

    /** Approved queries whose signature covers the question, best first; none for a change or advice request. */
    public List<QueryMatch> approvedAnswers(String question) {
        if (QuestionKinds.neverKnown(question)) {
            return List.of();
        }
        return answers(question).stream().filter(QueryMatch::approved).toList();
    }

    /** The best answering query, else the most similar one with what it leaves unexplained. */
    public Optional<QueryMatch> match(String question) {
        List<QueryMatch> considered = considered(question);
        return answering(considered).stream().findFirst().or(() -> considered.stream().findFirst());
    }

    /** Queries whose signature covers the question, best first (similarity less a cost for unasked breakdowns). */
    public List<QueryMatch> answers(String question) {
        return answering(considered(question));
    }

    /** Whether an approved validated query was written for this very question (the same words). */
    public boolean isListed(String question) {
        return knowledge.approvedQueries().stream()
                .anyMatch(e -> e.questions().stream().anyMatch(q -> Reading.sameWords(q, question)));
    }

    /** What the question was read as, for traces and the benchmark. */
    public Reading reading(String question) {
        return vocabulary.read(question);
    }

    /** Questions the validated queries answer that come closest to this one, as many as configured. */
    public List<String> closest(String question) {
        var ids = retriever.rank(question, QUERY, Viewer.SHARED).stream().limit(config.closestQuestions())
                .map(Retriever.Ranked::ref).toList();
        return knowledge.byIds(ids).stream()
                .map(e -> e.questions().isEmpty() ? e.content() : e.questions().getFirst())
                .toList();
    }

    public static double rank(QueryMatch m) {
        return m.score() - EXTRA_BREAKDOWN * m.extra() + KEY_FIT * m.keyFit();
    }

    private static List<QueryMatch> answering(List<QueryMatch> considered) {
        return considered.stream().filter(QueryMatch::explainsEveryTerm)
                .sorted(Comparator.comparingDouble(KnownQuestions::rank).reversed()).toList();
    }

    /** Every candidate query considered for the question, answering or not, most similar first. */
    public List<QueryMatch> considered(String question) {
        var ranked = retriever.rank(question, QUERY, Viewer.SHARED).stream().limit(CANDIDATES).toList();
        Map<String, KnowledgeEntry> entries = knowledge.byIds(ranked.stream().map(Retriever.Ranked::ref).toList())
                .stream().collect(Collectors.toMap(KnowledgeEntry::id, e -> e));
        Reading reading = vocabulary.read(question);
        terms.refreshIfSchemaChanged();
        List<QueryMatch> matches = new ArrayList<>();
        for (var candidate : ranked) {
            KnowledgeEntry entry = entries.get(candidate.ref());
            if (entry != null) {
                matches.add(matchOf(question, reading, entry, candidate.similarity()));
            }
        }
        return matches;
    }

    private String valuesOf(Set<String> dimensions) {
        return dimensions.stream().flatMap(d -> terms.values().getOrDefault(d, Set.of()).stream())
                .map(v -> v.replace('_', ' ')).collect(Collectors.joining(" "));
    }

    private QueryMatch matchOf(String question, Reading reading, KnowledgeEntry e, double similarity) {
        var signature = vocabulary.signature(e);
        List<String> unmet;
        if (e.questions().stream().anyMatch(q -> Reading.sameWords(q, question))) {
            unmet = List.of();
        } else if (!reading.asksForData() && !signature.counts(reading.countAsked())) {
            unmet = List.of("no metric or dimension named");
        } else {
            unmet = new ArrayList<>(reading.unmetBy(signature));
            // Names of the data that the vocabulary does not read (a table, a column) must appear in the query, or be
            // a value of a column it breaks down by ("competitor" for cancellation reasons).
            String covering = String.join(" ", e.name(), e.content(), String.join(" ", e.questions()), e.sql(),
                    valuesOf(signature.dimensions()));
            unmet.addAll(terms.unexplained(String.join(" ", reading.unread()), covering));
        }
        int extra = (int) reading.extraBreakdowns(signature);
        return new QueryMatch(e.name(), e.content(), e.questions(), e.sql(), similarity, unmet, e.approved(), extra,
                reading.keyFit(signature), Ranking.of(reading, signature).resort(), Ranking.focus(reading, signature));
    }
}
