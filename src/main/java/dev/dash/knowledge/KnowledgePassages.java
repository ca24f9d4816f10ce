package dev.dash.knowledge;

import dev.dash.retrieval.Passages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
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
        Map<String, Passage> passages = new LinkedHashMap<>();
        for (KnowledgeEntry e : repository.byIds(refs)) {
            passages.put(e.id(), new Passage(e.searchText() + " " + Objects.requireNonNullElse(e.sql(), ""),
                    EntryText.of(e)));
        }
        return passages;
    }

    @Override
    public Map<String, Double> textSearch(String question, int limit) {
        return repository.textSearch(question, limit);
    }
}
