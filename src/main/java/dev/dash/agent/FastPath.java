package dev.dash.agent;

import dev.dash.knowledge.KnownQuestions;
import dev.dash.knowledge.QueryMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Known questions answered by their validated query, with no model: offline whenever the match is close enough,
 * online only when it clears the stricter threshold. Either way the query must be approved and explain every data
 * term of the question.
 */
@ApplicationScoped
public class FastPath {

    private final KnownQuestions known;
    private final AgentConfig config;

    public FastPath(KnownQuestions known, AgentConfig config) {
        this.known = known;
        this.config = config;
    }

    public Optional<QueryMatch> match(String question, boolean online) {
        double threshold = online ? config.fastPathThreshold() : config.offlineThreshold();
        return known.match(question)
                .filter(m -> m.score() >= threshold && m.explainsEveryTerm() && m.approved());
    }

    public List<String> closest(String question) {
        return known.closest(question, config.closestQuestions());
    }
}
