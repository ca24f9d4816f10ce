package dev.dash.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.MarkdownChunker;
import dev.dash.knowledge.files.QueryFileParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {

    private static final String QUERIES = """
            -- <query current_mrr>
            -- <description>Total MRR from active
            -- subscriptions</description>
            -- <question>What's our current MRR?</question>
            -- <question>How much recurring revenue now?</question>
            -- <query>
            SELECT SUM(mrr) FROM subscriptions
            WHERE status = 'active'
            -- </query>

            -- <query signups>
            -- <description>Signups per month</description>
            -- <query>
            SELECT 1
            -- </query>
            """;

    @Test
    void parsesTaggedQueriesWithOptionalQuestions() {
        var queries = QueryFileParser.parse(QUERIES, "q.sql");
        assertThat(queries).hasSize(2);
        var first = queries.getFirst();
        assertThat(first.name()).isEqualTo("current_mrr");
        assertThat(first.description()).isEqualTo("Total MRR from active subscriptions");
        assertThat(first.questions()).containsExactly("What's our current MRR?", "How much recurring revenue now?");
        assertThat(first.sql()).isEqualTo("SELECT SUM(mrr) FROM subscriptions\nWHERE status = 'active'");
        assertThat(queries.get(1).questions()).isEmpty();
    }

    @Test
    void refusesAQueryThatIsNeverClosed() {
        assertThatThrownBy(() -> QueryFileParser.parse("-- <query x>\n-- <query>\nSELECT 1\n", "bad.sql"))
                .hasMessageContaining("bad.sql").hasMessageContaining("closing");
    }

    @Test
    void chunksMarkdownByHeading() {
        var chunks = MarkdownChunker.chunk("# Active customers\nIntro.\n## Definition\nHas an active sub.\n## Definition\nAgain.",
                "active");
        assertThat(chunks).extracting(MarkdownChunker.Chunk::slug).containsExactly("intro", "definition", "definition-2");
        assertThat(chunks.get(1).heading()).isEqualTo("Active customers — Definition");
    }

    @Test
    void readsTheShippedKnowledgeFolder() {
        var entries = new KnowledgeFiles(new ObjectMapper()).read(Path.of("knowledge"));
        assertThat(entries).extracting(KnowledgeEntry::id).contains("table:customers", "table:subscriptions",
                "table:plan_changes", "table:invoices", "table:usage_metrics", "table:support_tickets",
                "query:current_mrr", "metric:mrr");
        assertThat(entries.stream().filter(e -> e.kind().equals("query")).count()).isGreaterThanOrEqualTo(12);
        assertThat(entries.stream().filter(e -> e.kind().equals("doc")).count()).isGreaterThanOrEqualTo(3);
        assertThat(entries).extracting(KnowledgeEntry::id).doesNotHaveDuplicates();
    }
}
