package dev.dash.knowledge;

import dev.dash.retrieval.Passages;
import dev.dash.retrieval.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Knowledge entries as retrieval reads them: searched by their words and SQL, shown as {@link EntryText}. */
@ApplicationScoped
public class KnowledgePassages implements Passages {

    private final KnowledgeRepository repository;

    public KnowledgePassages(KnowledgeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, Passage> load(Collection<String> refs) {
        return Passages.byRef(repository.byIds(refs), KnowledgeEntry::id,
                e -> new Passage(e.searchText() + " " + Objects.requireNonNullElse(e.sql(), ""), () -> EntryText.of(e)));
    }

    @Override
    public Map<String, Double> textSearch(String question, int limit, Viewer viewer) {
        return repository.textSearch(question, limit, viewer);
    }
}
