package dev.dash.retrieval;

/**
 * Who finds an indexed entry: everyone (file-loaded knowledge, what a person approved), or only one user's runs (what
 * an agent wrote during that user's run and no person approved yet). Kept with the entry's vectors, so a search
 * decides who sees what on the rows it reads anyway.
 */
public record Audience(String owner) {

    public static final Audience EVERYONE = new Audience(null);

    /** Only this user's runs; written by a run without a user, nobody's until approved. */
    public static Audience only(String userId) {
        return new Audience(userId == null ? "" : userId);
    }

    public boolean everyone() {
        return owner == null;
    }
}
