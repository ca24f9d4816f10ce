package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeEntry;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary file loads like other knowledge, and the lexicon reads the business's words and the schema's. */
class VocabularyTest {

    private static final Lexicon LEXICON = ShippedVocabulary.lexicon();

    @Test
    void theVocabularyFileLoadsAsTermEntries() throws IOException {
        int terms = new ObjectMapper().readTree(new File("knowledge/business/vocabulary.json")).get("vocabulary").size();
        List<KnowledgeEntry> entries = ShippedVocabulary.entries().stream().filter(e -> e.kind().equals("term")).toList();

        assertThat(entries).hasSize(terms);
        KnowledgeEntry plan = entries.stream().filter(e -> e.id().equals("term:plan")).findFirst().orElseThrow();
        assertThat(plan.source()).isEqualTo("knowledge/business/vocabulary.json");
        assertThat(plan.content()).contains("tier").contains("→ plan (dimension)");
        assertThat(plan.embeddingTexts()).isNotEmpty();
    }

    @Test
    void synonymsAndAbbreviationsMeanTheTermsTheKnowledgeDefines() {
        assertThat(keys("churn per vertical")).containsExactly("metric:churn", "dimension:industry");
        assertThat(keys("revenue by pricing tier")).containsExactly("metric:mrr", "dimension:plan");
        assertThat(keys("MRR for each size band")).containsExactly("metric:mrr", "dimension:company_size");
        assertThat(keys("signups by channel")).containsExactly("metric:signups", "dimension:source");
        assertThat(keys("share of MRR on yearly contracts")).containsExactly("metric:mrr", "value:billing_cycle=annual");
        assertThat(keys("NDR")).containsExactly("metric:nrr");
        assertThat(keys("ARPU")).containsExactly("metric:arpa");
        assertThat(keys("seat utilisation")).containsExactly("metric:seat_utilization");
    }

    @Test
    void theTablesAndMetricFilesGiveTheirOwnWords() {
        assertThat(keys("CSAT")).as("metric abbreviation").containsExactly("metric:csat");
        assertThat(keys("churn by country")).as("text column").containsExactly("metric:churn", "dimension:country");
        assertThat(keys("healthcare")).as("stored value").containsExactly("value:industry=healthcare");
        assertThat(keys("storage")).as("numeric column").containsExactly("metric:storage_mb");
        assertThat(keys("MRR of US customers")).as("a code in capitals").contains("value:country=US");
        assertThat(keys("what do customers pay us")).as("a word in lower case").doesNotContain("value:country=US");
    }

    @Test
    void periodsAreNotBreakdowns() {
        Reading lastYear = LEXICON.read("NRR over the last year");
        assertThat(lastYear.period()).isTrue();
        assertThat(keys("NRR over the last year")).containsExactly("metric:nrr");
        assertThat(keys("signups per year")).containsExactly("metric:signups", "grain:year");
    }

    private static List<String> keys(String text) {
        return LEXICON.read(text).named().stream().flatMap(List::stream)
                .map(c -> c.kind().name().toLowerCase() + ":" + c.key()).toList();
    }
}
