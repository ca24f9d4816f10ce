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

    /** The source every query stored here is marked with, so a test database can be swept of them. */
    public static final String SOURCE = "queries/agent-tests.sql";

    private final KnowledgeRepository repository;
    private final VectorIndex index;

    public TestKnowledge(KnowledgeRepository repository, VectorIndex index) {
        this.repository = repository;
        this.index = index;
    }

    public void validatedQuery(String name, String description, String question, String sql, List<String> tables) {
        var entry = new KnowledgeEntry("query:" + name, "query", KnowledgeEntry.FILE, SOURCE, name,
                description, List.of(question), sql, tables, true);
        repository.upsert(entry, Origin.none());
        index.put(entry.id(), entry.kind(), entry.embeddingTexts(), Audience.EVERYONE);
    }

    /** The two queries the sample report files name; {@link #removeReportQueries} takes them away again. */
    public void reportQueries() {
        validatedQuery("fx_customer_count", "Customers and their total MRR: all fx customers",
                "How many fx customers are there?", "SELECT count(*) AS customers, sum(mrr) AS mrr FROM fx_customers",
                List.of("fx_customers"));
        validatedQuery("fx_mrr_by_plan", "MRR per plan, highest first", "What is the MRR by plan for fx customers?",
                "SELECT plan, sum(mrr) AS mrr FROM fx_customers GROUP BY plan ORDER BY mrr DESC",
                List.of("fx_customers"));
    }

    public void removeReportQueries() {
        remove("fx_customer_count");
        remove("fx_mrr_by_plan");
    }

    public void remove(String name) {
        repository.delete(List.of("query:" + name));
        index.remove(List.of("query:" + name));
    }
}
