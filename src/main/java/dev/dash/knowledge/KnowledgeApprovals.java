package dev.dash.knowledge;

import dev.dash.retrieval.Audience;
import dev.dash.retrieval.VectorIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A person approves a validated query (for answers without a model too) or anything a run wrote, for everyone's runs,
 * or withdraws it. Withdrawing hides the entry before its row says so, approving shares it after: a failure between
 * the two leaves it hidden, never shown unapproved.
 */
@ApplicationScoped
public class KnowledgeApprovals {

    private final KnowledgeRepository repository;
    private final VectorIndex index;

    public KnowledgeApprovals(KnowledgeRepository repository, VectorIndex index) {
        this.repository = repository;
        this.index = index;
    }

    /** The entry as approved or withdrawn; empty when there is no such query or run-time entry. */
    public Optional<EntryForReview> approve(String id, boolean approved, String by) {
        var held = repository.review(id);
        if (held.isEmpty()) {
            return held;
        }
        if (!approved && !KnowledgeEntry.FILE.equals(held.get().entry().origin())) {
            index.reach(id, Audience.only(held.get().userId()));
        }
        if (!repository.approve(id, approved, by)) {
            return Optional.empty();
        }
        if (approved) {
            index.reach(id, Audience.EVERYONE);
        }
        return repository.review(id);
    }
}
