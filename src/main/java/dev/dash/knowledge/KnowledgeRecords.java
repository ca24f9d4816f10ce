package dev.dash.knowledge;

import dev.dash.retrieval.Audience;
import dev.dash.retrieval.DataTerms;
import dev.dash.retrieval.VectorIndex;
import dev.dash.run.Origin;
import dev.dash.sql.SqlGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the Engineer records about the views and tables it builds in the dash schema, so the Analyst finds them: in the
 * recording user's runs at once, in everyone's once a person approves the record.
 */
@ApplicationScoped
public class KnowledgeRecords {

    private final KnowledgeRepository repository;
    private final VectorIndex index;
    private final DataTerms terms;

    public KnowledgeRecords(KnowledgeRepository repository, VectorIndex index, DataTerms terms) {
        this.repository = repository;
        this.index = index;
        this.terms = terms;
    }

    /** Returns a sentence for the model saying what happened. */
    public String update(String title, String content, Origin origin) {
        if (title == null || title.isBlank() || content == null || content.isBlank()) {
            return "Not recorded: give a title (the view's schema-qualified name) and what it contains.";
        }
        String id = "view:" + KnowledgeEntry.slug(title);
        var refusal = RunWrites.refusal(repository.review(id), origin);
        if (refusal.isPresent()) {
            return notRecorded(id, refusal.get());
        }
        var entry = new KnowledgeEntry(id, "view", KnowledgeEntry.RUNTIME, "runtime", title.strip(), content.strip(),
                List.of(), null, List.copyOf(SqlGuard.tablesIn(content)), false);
        if (!repository.upsert(entry, origin)) {
            return notRecorded(id, "another run wrote it meanwhile");
        }
        index.put(entry.id(), entry.kind(), entry.embeddingTexts(), Audience.only(origin.userId()));
        terms.refresh();
        return "Recorded " + title.strip() + " in the knowledge base as " + id + " (for this user's questions until "
                + "a person approves it).";
    }

    private static String notRecorded(String id, String why) {
        return "Not recorded: " + id + " is already in the knowledge base and " + why + ". Record it under another "
                + "title, or ask a person to change it.";
    }
}
