package dev.dash.knowledge.meaning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a validated query answers a question by itself: the fast path's thresholds (under dash.agent, as before). */
@ConfigMapping(prefix = "dash.agent")
public interface KnownQuestionsConfig {

    /**
     * Similarity a validated query whose signature covers the question needs to answer it when no model is configured.
     * Low on purpose: the signature decides, similarity only ranks. Calibrated on evals/known-questions/tuning.json
     * with `./dash bench known-questions` (its sweep on 942 rewordings and 180 near misses: no near miss answered at
     * any threshold from 0.20 to 0.70, the same one wrong up to 0.45; four more right at 0.25 than at 0.30).
     */
    @WithDefault("0.25")
    double offlineThreshold();

    /** Similarity an answering query needs to answer with zero model calls when a model is configured. */
    @WithDefault("0.4")
    double fastPathThreshold();

    /** Lead in ranking the best answering query needs over the next one to be certain without a model. */
    @WithDefault("0.02")
    double fastPathMargin();

    /**
     * Online, a question whose answering queries are close but not certain (below the fast-path threshold or the
     * margin) costs one short model call that picks one of them (at most three) or none, if the best reaches this.
     */
    @WithDefault("0.2")
    double pickThreshold();

    /** Answerable questions suggested when a question needs a model that is not configured. */
    @WithDefault("3")
    int closestQuestions();
}
