package dev.dash.run;

import java.util.Set;

/**
 * Who asks, with the scopes they hold (AgentOS's grammar, checked with {@code http.Scopes}), and through which
 * interface: what a run may do follows from these.
 */
public record Asker(String userId, Set<String> scopes, Via via) {

    public Asker {
        scopes = Set.copyOf(scopes);
    }
}
