package dev.dash.knowledge;

import dev.dash.run.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a run may write an entry under an id: it may replace only what its own user's runs wrote and no person
 * approved yet. The repository's upsert holds to the same rule; this says why, for the model.
 */
final class RunWrites {

    private RunWrites() {
    }

    /** Why a run of {@code origin} may not replace the entry held under the id, or empty when it may. */
    static Optional<String> refusal(Optional<EntryForReview> held, Origin origin) {
        return held.map(e -> {
            if (KnowledgeEntry.FILE.equals(e.entry().origin())) {
                return "it is curated knowledge from the knowledge folder";
            }
            if (e.entry().approved()) {
                return "a person approved it";
            }
            return Objects.equals(e.userId(), origin.userId()) ? null : "another user's run wrote it";
        });
    }
}
