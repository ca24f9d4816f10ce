package dev.dash.learning;

import dev.dash.retrieval.Passages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Learnings as retrieval reads them (references {@code learning:<id>}); each one shown in a prompt counts as used. */
@ApplicationScoped
public class LearningPassages implements Passages {

    private final LearningRepository repository;

    public LearningPassages(LearningRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, Passage> load(Collection<String> refs) {
        return Passages.byRef(repository.byIds(Learning.idsOf(refs)), Learning::ref,
                l -> new Passage(l.promptText() + " " + l.tables(), l::promptText));
    }

    @Override
    public void used(Collection<String> refs) {
        List<Long> ids = Learning.idsOf(refs);
        if (!ids.isEmpty()) {
            repository.markUsed(ids);
        }
    }
}
