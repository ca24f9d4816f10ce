package dev.dash.testsupport;

import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.retrieval.Audience;
import dev.dash.retrieval.VectorIndex;
import dev.dash.run.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Validated queries stored and indexed as the knowledge loader stores a file-loaded (approved) one. */
@ApplicationScoped
public class TestKnowledge {

    private final KnowledgeRepository repository;
    private final VectorIndex index;

    public TestKnowledge(KnowledgeRepository repository, VectorIndex index) {
        this.repository = repository;
        this.index = index;
    }

    public void validatedQuery(String name, String description, String question, String sql, List<String> tables) {
        var entry = new KnowledgeEntry("query:" + name, "query", KnowledgeEntry.FILE, "queries/agent-tests.sql", name,
                description, List.of(question), sql, tables, true);
        repository.upsert(entry, Origin.none());
        index.put(entry.id(), entry.kind(), entry.embeddingTexts(), Audience.EVERYONE);
    }

    public void remove(String name) {
        repository.delete(List.of("query:" + name));
        index.remove(List.of("query:" + name));
    }
}
