package dev.dash.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The longest question any interface takes: /api/ask, AgentOS runs, Slack mentions and thread replies refuse a
 * longer one, each in its own way, before it is stored or reaches a model.
 */
@ApplicationScoped
public class QuestionLimit {

    private final int maxChars;

    public QuestionLimit(Config config) {
        this.maxChars = config.maxChars();
    }

    public int maxChars() {
        return maxChars;
    }

    public boolean exceededBy(String question) {
        return question != null && question.length() > maxChars;
    }

    /** The limit as people read it: "4,000 characters". */
    public String described() {
        return String.format(Locale.ROOT, "%,d characters", maxChars);
    }

    /** The one setting for every interface. */
    @ConfigMapping(prefix = "dash.question")
    public interface Config {

        /** DASH_MAX_QUESTION: the longest question, in characters. */
        @WithDefault("4000")
        int maxChars();
    }
}
