package dev.dash.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.VectorIndex;
import dev.dash.retrieval.Viewer;
import dev.dash.run.Origin;
import dev.dash.testsupport.SampleData;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ValidatedQueriesTest {

    private static final String NAME = "customers_by_industry_test";
    private static final Origin AUTHOR = new Origin("carol", "s-carol", null);

    @Inject
    ValidatedQueries validated;
    @Inject
    KnowledgeRepository repository;
    @Inject
    VectorIndex index;
    @Inject
    Retriever retriever;
    @Inject
    SampleData data;
    @Inject
    ShippedKnowledge knowledge;

    @BeforeEach
    void data() {
        data.ensureLoaded();
    }

    @AfterEach
    void clean() {
        repository.delete(List.of("query:" + NAME));
        index.remove(List.of("query:" + NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM customers",
        "SELECT 1; SELECT 2",
        "SELECT * FROM customers FOR UPDATE",
        "WITH x AS (UPDATE customers SET status = 'x' RETURNING id) SELECT * FROM x",
        "SELECT no_such_column FROM customers"
    })
    void refusesUnsafeOrFailingQueries(String sql) {
        String answer = save(sql);
        assertThat(answer).startsWith("Not saved");
        assertThat(repository.byId("query:" + NAME)).isEmpty();
    }

    @Test
    void keepsAWorkingQueryUnapprovedAndFindable() {
        String answer = save("SELECT industry, count(*) AS customers FROM customers GROUP BY industry ORDER BY 2 DESC");
        assertThat(answer).startsWith("Saved validated query " + NAME).contains("returned 5 rows");

        var stored = repository.byId("query:" + NAME).orElseThrow();
        assertThat(stored.origin()).isEqualTo(KnowledgeEntry.RUNTIME);
        assertThat(stored.approved()).as("only a person approves zero-model answers").isFalse();
        assertThat(stored.questions()).containsExactly("How many customers do we have in each industry?");
        assertThat(stored.tables()).contains("customers");
        assertThat(retriever.rank("number of customers per industry", List.of("query"), Viewer.user("carol")).stream()
                .limit(3).map(Retriever.Ranked::ref)).contains("query:" + NAME);
        assertThat(retriever.rank("number of customers per industry", List.of("query"), Viewer.user("dave")).stream()
                .map(Retriever.Ranked::ref)).as("until a person approves it").doesNotContain("query:" + NAME);
    }

    @Test
    void doesNotOverwriteACuratedQuery() {
        knowledge.ensureLoaded();
        String answer = validated.save(new SaveQuery("current_mrr", "What is MRR?", "SELECT 1", null, List.of(), null),
                Origin.none());
        assertThat(answer).startsWith("Not saved: a query is already called current_mrr and it is curated knowledge");
        assertThat(repository.byId("query:current_mrr").orElseThrow().origin()).isEqualTo(KnowledgeEntry.FILE);
    }

    private String save(String sql) {
        return validated.save(new SaveQuery(NAME, "How many customers do we have in each industry?", sql,
                "Customers per industry", List.of("customers"), "customers.status is a convenience"), AUTHOR);
    }
}
