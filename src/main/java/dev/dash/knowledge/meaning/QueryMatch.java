package dev.dash.knowledge.meaning;

import java.util.List;
import java.util.Optional;

/**
 * A validated query considered for a question. {@code score} is the semantic similarity (0–1) of the question to the
 * query; {@code unexplainedTerms} are what the question asks for that the query's signature does not give (a
 * metric, a breakdown, a filter, a grain or a period): a match with any is not an answer, since "churn by industry" is
 * not "churn by plan". {@code extra} counts breakdowns the query gives that the question did not ask for;
 * {@code keyFit} is the share of the query's key metrics the question names; {@code resort} is the order a ranking
 * question asks of its rows when the query's own order does not give it; {@code focus} is the column of the metric
 * the question names and the end its answer leads with.
 */
public record QueryMatch(String name, String description, List<String> questions, String sql, double score,
        List<String> unexplainedTerms, boolean approved, int extra, double keyFit, Optional<RowOrder> resort,
        Optional<RowOrder> focus) {

    public boolean explainsEveryTerm() {
        return unexplainedTerms.isEmpty();
    }
}
