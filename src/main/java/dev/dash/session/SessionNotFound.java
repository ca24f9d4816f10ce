package dev.dash.session;

/** The session does not exist for this user; whether it exists for another is not told. */
public class SessionNotFound extends RuntimeException {

    public SessionNotFound(String sessionId) {
        super("No session " + sessionId);
    }
}
