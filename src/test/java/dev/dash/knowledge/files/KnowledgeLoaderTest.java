package dev.dash.knowledge.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.knowledge.SaveQuery;
import dev.dash.knowledge.ValidatedQueries;
import dev.dash.retrieval.Embedder;
import dev.dash.retrieval.VectorIndex;
import dev.dash.retrieval.Viewer;
import dev.dash.run.Origin;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeLoaderTest {

    private static final String TABLE = """
            {"table_name": "widgets", "table_description": "Widgets we sell",
             "use_cases": ["Widget counts"], "data_quality_notes": ["Sizes are in mm"],
             "table_columns": [{"name": "id", "type": "integer", "description": "Key"}]}
            """;
    private static final String QUERIES = """
            -- <query widget_count>
            -- <description>How many widgets exist</description>
            -- <question>How many widgets do we have?</question>
            -- <query>
            SELECT count(*) FROM widgets
            -- </query>
            """;

    @Inject
    KnowledgeLoader loader;
    @Inject
    KnowledgeRepository repository;
    @Inject
    VectorIndex index;
    @Inject
    Embedder embedder;
    @Inject
    ValidatedQueries validated;
    @Inject
    ShippedKnowledge shipped;

    Path dir;

    @BeforeEach
    void folder() throws IOException {
        shipped.ensureLoaded();
        dir = Files.createTempDirectory("knowledge");
        write("tables/widgets.json", TABLE);
        write("queries/widgets.sql", QUERIES);
        write("docs/widgets.md", "# Widgets\n## Sizes\nAll sizes are millimetres.\n");
    }

    @AfterEach
    void restoreShippedKnowledge() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        repository.delete(List.of("query:saved_by_agent"));
        index.remove(List.of("query:saved_by_agent"));
        loader.load(false);
    }

    @Test
    void upsertsByContentHashAndRemovesWhatIsGone() throws IOException {
        var first = loader.load(dir, false);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.removed()).as("the shipped entries are not in this folder").isGreaterThan(10);
        assertThat(repository.byId("query:widget_count")).get()
                .satisfies(q -> assertThat(q.questions()).containsExactly("How many widgets do we have?"));

        var again = loader.load(dir, false);
        assertThat(again).extracting(r -> r.added(), r -> r.updated(), r -> r.unchanged(), r -> r.removed())
                .containsExactly(0, 0, 3, 0);

        write("queries/widgets.sql", QUERIES.replace("How many widgets exist", "Number of widgets"));
        Files.delete(dir.resolve("docs/widgets.md"));
        var changed = loader.load(dir, false);
        assertThat(changed).extracting(r -> r.added(), r -> r.updated(), r -> r.unchanged(), r -> r.removed())
                .containsExactly(0, 1, 1, 1);
        assertThat(repository.byId("doc:widgets#sizes")).isEmpty();
        assertThat(index.search(embedder.query("All sizes are millimetres"), 50, List.of("doc"), Viewer.SHARED))
                .extracting(VectorIndex.Hit::ref).doesNotContain("doc:widgets#sizes");
        assertThat(repository.byId("query:widget_count").orElseThrow().content()).isEqualTo("Number of widgets");
    }

    @Test
    void recreateReloadsFileEntriesAndLeavesRunTimeKnowledgeAlone() {
        loader.load(dir, false);
        String saved = validated.save(new SaveQuery("saved_by_agent", "How many customers are there?",
                "SELECT count(*) FROM customers", "Customer count", List.of("customers"), null), Origin.none());
        assertThat(saved).startsWith("Saved");

        var recreated = loader.load(dir, true);
        assertThat(recreated.removed()).isEqualTo(3);
        assertThat(recreated.added()).isEqualTo(3);
        assertThat(repository.byId("query:saved_by_agent")).isPresent();
    }

    @Test
    void aDraftedQueryFileAnswersNothingWithoutAModelUntilItsDraftLineIsDeleted() throws IOException {
        write("queries/widgets.sql", QueryFileText.DRAFT + "Drafted by a program. Review it, then delete this line.\n"
                + QUERIES);
        loader.load(dir, false);
        assertThat(repository.byId("query:widget_count").orElseThrow().approved()).isFalse();

        write("queries/widgets.sql", QUERIES);
        var reviewed = loader.load(dir, false);
        assertThat(reviewed.updated()).isEqualTo(1);
        assertThat(repository.byId("query:widget_count").orElseThrow().approved()).isTrue();
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
