package dev.dash.knowledge;

import java.util.List;

/**
 * A validated query that answers a question. {@code score} is the semantic similarity (0–1) of the question to the
 * query's own questions; {@code unexplainedTerms} are data terms of the question the query does not cover (a match
 * with any is not an answer: "churn by industry" is not "churn by plan").
 */
public record QueryMatch(String name, String description, List<String> questions, String sql, double score,
        List<String> unexplainedTerms, boolean approved) {

    public boolean explainsEveryTerm() {
        return unexplainedTerms.isEmpty();
    }
}
