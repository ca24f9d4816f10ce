package dev.dash.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

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
        QueryMatch first = null;
        for (var candidate : ranked) {
            var entry = knowledge.byId(candidate.ref());
            if (entry.isEmpty()) {
                continue;
            }
            QueryMatch match = matchOf(question, entry.get(), candidate.similarity());
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
