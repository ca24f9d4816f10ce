package dev.dash.agent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much the agents see: context and history sizes. The known-question thresholds share the prefix
 * ({@link dev.dash.knowledge.meaning.KnownQuestionsConfig}).
 */
@ConfigMapping(prefix = "dash.agent")
public interface AgentConfig {

    /** Earlier runs of the session shown to the model. */
    @WithDefault("3")
    int historyRuns();

    /** Tokens of retrieved knowledge allowed in one prompt. */
    @WithDefault("1500")
    int contextTokenBudget();

    /** Characters of an earlier answer kept in the session history. */
    @WithDefault("600")
    int historyAnswerChars();
}
