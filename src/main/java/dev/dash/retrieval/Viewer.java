package dev.dash.retrieval;

/**
 * Whose retrieval it is. Everyone sees what is shared: file-loaded knowledge and what a person approved. What an agent
 * wrote during a user's run and no person approved yet reaches only that user ({@link #user}); {@link #SHARED} sees
 * none of it, as the fast path must not.
 */
public record Viewer(String userId) {

    /** Sees only what is shared. */
    public static final Viewer SHARED = new Viewer(null);

    public Viewer {
        userId = userId == null || userId.isBlank() ? null : userId;
    }

    public static Viewer user(String userId) {
        return new Viewer(userId);
    }
}
