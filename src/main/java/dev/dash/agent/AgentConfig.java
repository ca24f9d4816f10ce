package dev.dash.agent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the coordinator answers: thresholds of the known-question fast path, context and history sizes. */
@ConfigMapping(prefix = "dash.agent")
public interface AgentConfig {

    /**
     * Score a validated query needs to answer a question without a model when no model is configured. Calibrated with
     * `./dash bench retrieval`: the highest wrong match among 55 paraphrases scored 0.765.
     */
    @WithDefault("0.78")
    double offlineThreshold();

    /** Stricter score a validated (and approved) query needs to answer with zero model calls when a model is configured. */
    @WithDefault("0.85")
    double fastPathThreshold();

    /** Earlier runs of the session shown to the model. */
    @WithDefault("3")
    int historyRuns();

    /** Tokens of retrieved knowledge allowed in one prompt. */
    @WithDefault("1500")
    int contextTokenBudget();

    /** Characters of an earlier answer kept in the session history. */
    @WithDefault("600")
    int historyAnswerChars();

    /** Answerable questions suggested when a question needs a model that is not configured. */
    @WithDefault("3")
    int closestQuestions();
}
