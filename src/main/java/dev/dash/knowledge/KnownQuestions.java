package dev.dash.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the validated query that answers a question, if one does: the most similar query among the best few that
 * covers every data term the question names. Thresholds are the caller's: offline answers and zero-model answers
 * ask for different certainty.
 */
@ApplicationScoped
public class KnownQuestions {

    private static final List<String> QUERY = List.of("query");
    private static final int CANDIDATES = 3;

    private final Retriever retriever;
    private final KnowledgeRepository knowledge;
    private final DataTerms terms;

    public KnownQuestions(Retriever retriever, KnowledgeRepository knowledge, DataTerms terms) {
        this.retriever = retriever;
        this.knowledge = knowledge;
        this.terms = terms;
    }

    public Optional<QueryMatch> match(String question) {
        var ranked = retriever.rank(question, QUERY).stream().limit(CANDIDATES).toList();
        Map<String, KnowledgeEntry> entries = knowledge.byIds(ranked.stream().map(Retriever.Ranked::ref).toList())
                .stream().collect(Collectors.toMap(KnowledgeEntry::id, e -> e));
        QueryMatch first = null;
        for (var candidate : ranked) {
            KnowledgeEntry entry = entries.get(candidate.ref());
            if (entry == null) {
                continue;
            }
            QueryMatch match = matchOf(question, entry, candidate.similarity());
            if (match.explainsEveryTerm()) {
                return Optional.of(match);
            }
            if (first == null) {
                first = match;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Questions the validated queries answer that come closest to this one. */
    public List<String> closest(String question, int n) {
        var ids = retriever.rank(question, QUERY).stream().limit(n).map(Retriever.Ranked::ref).toList();
        return knowledge.byIds(ids).stream()
                .map(e -> e.questions().isEmpty() ? e.content() : e.questions().getFirst())
                .toList();
    }

    private QueryMatch matchOf(String question, KnowledgeEntry e, double similarity) {
        String covering = String.join(" ", e.name(), e.content(), String.join(" ", e.questions()), e.sql());
        return new QueryMatch(e.name(), e.content(), e.questions(), e.sql(), similarity,
                terms.unexplained(question, covering), e.approved());
    }
}
