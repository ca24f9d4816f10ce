package dev.dash.session;

import dev.dash.run.Asker;
import dev.dash.run.Via;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The one place that decides which session a question goes into. No id: a new session, its id from the server.
 * Slack names its threads' sessions, shared by everyone in the thread. Otherwise only the caller's own session,
 * opened through the same kind of interface, is found; any other id, existing or not, is not found. Nothing is
 * written here: the session is created with its first run, once the run may start.
 */
@ApplicationScoped
public class SessionDoor {

    private final SessionStore sessions;

    public SessionDoor(SessionStore sessions) {
        this.sessions = sessions;
    }

    public SessionRef open(Asker asker, String sessionId, SessionStore.Component component) {
        if (sessionId == null || sessionId.isBlank()) {
            return new SessionRef(UUID.randomUUID().toString(), asker.via(), component);
        }
        boolean found = asker.via() == Via.SLACK
                ? sessions.openedVia(sessionId).map(via -> via == Via.SLACK).orElse(true)
                : sessions.find(sessionId, asker.userId(), asker.via()).isPresent();
        if (!found) {
            throw new SessionNotFound(sessionId);
        }
        return new SessionRef(sessionId, asker.via(), component);
    }
}
