package dev.dash.session;

import dev.dash.run.Via;

/**
 * The session a run goes into, as {@code Coordinator.open} decided it for the caller: an existing session of theirs,
 * a Slack thread's, or a new id from the server. Nothing is written until the run starts: the session is created
 * with its first run ({@link RunLog#started}), so a refused request leaves no empty session behind.
 */
public record SessionRef(String id, Via via, SessionStore.Component component) {
}
