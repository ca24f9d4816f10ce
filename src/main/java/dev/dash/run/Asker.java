package dev.dash.run;

import java.util.Set;

/**
 * Who asks, with the scopes they hold (AgentOS's grammar, checked with {@code http.Scopes}), and through which
 * interface: what a run may do follows from these. A run from Slack or a report also knows its {@link SlackPlace};
 * every other run has none.
 */
public record Asker(String userId, Set<String> scopes, Via via, SlackPlace slackPlace) {

    public Asker {
        scopes = Set.copyOf(scopes);
    }

    public Asker(String userId, Set<String> scopes, Via via) {
        this(userId, scopes, via, null);
    }
}
