package dev.dash.learning;

import dev.dash.retrieval.Audience;
import dev.dash.retrieval.Embedder;
import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.VectorIndex;
import dev.dash.retrieval.Viewer;
import dev.dash.run.Origin;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Writes learnings, merging near-duplicates (similar text, same tables and error class) into the existing one, whose
 * use count goes up instead of a second copy piling up. A new learning is its author's until a person approves it.
 */
@ApplicationScoped
public class LearningStore {

    static final String KIND = "learning";
    private static final Logger LOG = Logger.getLogger(LearningStore.class);

    private final LearningRepository repository;
    private final VectorIndex index;
    private final Embedder embedder;
    private final Retriever retriever;
    private final LearningConfig config;

    public LearningStore(LearningRepository repository, VectorIndex index, Embedder embedder, Retriever retriever,
            LearningConfig config) {
        this.repository = repository;
        this.index = index;
        this.embedder = embedder;
        this.retriever = retriever;
        this.config = config;
    }

    /** An agent's explicit save_learning. */
    public long save(String title, String lesson, Origin origin) {
        return save(LearningDraft.fromAgent(title, lesson, origin));
    }

    /** Stores the draft, or merges it into a near-duplicate; returns the id that holds it. */
    public synchronized long save(LearningDraft draft) {
        String text = draft.embeddingText();
        Embedding vector = embedder.passages(List.of(text)).getFirst();
        // Only into a learning its author's runs already see: never into another user's that no person approved.
        for (var hit : index.search(vector, 5, List.of(KIND), Viewer.user(draft.origin().userId()))) {
            if (hit.similarity() < config.duplicateSimilarity()) {
                break;
            }
            long id = Learning.idsOf(List.of(hit.ref())).getFirst();
            var existing = repository.byIds(List.of(id));
            if (!existing.isEmpty() && sameProblem(existing.getFirst(), draft)) {
                repository.markUsed(List.of(id));
                LOG.debugf("Learning merged into %d: %s", id, draft.title());
                return id;
            }
        }
        long id = repository.insert(draft);
        index.put(Learning.REF_PREFIX + id, KIND, List.of(text), List.of(vector),
                Audience.only(draft.origin().userId()));
        LOG.infof("Learning %d saved (%s): %s", id, draft.source(), draft.title());
        return id;
    }

    /**
     * A person approves a learning for everyone's runs ({@code approved} false withdraws it); empty when unknown.
     * Withdrawing hides it before the row says so, approving shares it after: a failure between leaves it hidden.
     */
    public Optional<Learning> approve(long id, boolean approved, String by) {
        var held = repository.byId(id);
        if (held.isEmpty()) {
            return held;
        }
        if (!approved) {
            index.reach(held.get().ref(), Audience.only(held.get().userId()));
        }
        if (!repository.approve(id, approved, by)) {
            return Optional.empty();
        }
        if (approved) {
            index.reach(held.get().ref(), Audience.EVERYONE);
        }
        return repository.byId(id);
    }

    /** Learnings relevant to a question that the viewer may see, as text for the model. */
    public String search(String query, int limit, Viewer viewer) {
        var refs = Learning.idsOf(retriever.rank(query, List.of(KIND), viewer).stream().limit(limit)
                .map(Retriever.Ranked::ref).toList());
        if (refs.isEmpty()) {
            return "No learnings recorded yet.";
        }
        repository.markUsed(refs);
        return repository.byIds(refs).stream().map(l -> "[" + l.ref() + "] " + l.promptText())
                .collect(Collectors.joining("\n"));
    }

    private static boolean sameProblem(Learning existing, LearningDraft draft) {
        return Objects.equals(errorClass(existing.errorState()), errorClass(draft.errorState()))
                && overlapOrBothEmpty(existing.tables(), draft.tables());
    }

    private static String errorClass(String sqlState) {
        return sqlState == null || sqlState.length() < 2 ? null : sqlState.substring(0, 2);
    }

    private static boolean overlapOrBothEmpty(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return true;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }
}
