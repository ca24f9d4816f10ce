package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.knowledge.files.TableFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a query's SQL gives on a schema that is not the sample's: its breakdowns under aliases, and what it counts. */
class QuerySqlTest {

    private static final Lexicon LEXICON = Vocabulary.of(List.of(
            table("customer", new TableFile.Column("country", "text", null)),
            table("invoice", new TableFile.Column("billing_country", "text", null),
                    new TableFile.Column("total", "numeric", null))),
            List.of(), Map.of("country", Set.of("usa", "canada"), "billing_country", Set.of("usa", "canada")));

    @Test
    void aGroupedColumnShownUnderABreakdownsNameIsThatOneBreakdown() {
        assertThat(of("SELECT billing_country AS country, SUM(total) AS revenue FROM invoice GROUP BY billing_country")
                .dimensions()).containsExactly("country");
        assertThat(of("SELECT billing_country AS place, SUM(total) AS revenue FROM invoice GROUP BY billing_country")
                .dimensions()).as("an alias naming no breakdown leaves the grouped column's").containsExactly(
                        "billing_country");
    }

    @Test
    void aQueryCountsWhatItsAggregateColumnsName() {
        Signature counting = of("SELECT billing_country, COUNT(*) AS invoice_count FROM invoice GROUP BY billing_country");
        assertThat(counting.counts("invoices")).isTrue();
        assertThat(counting.counts("song")).isFalse();
        assertThat(of("WITH t AS (SELECT billing_country, COUNT(*) AS invoices FROM invoice GROUP BY billing_country)"
                + " SELECT t.billing_country, t.invoices FROM t").counts("invoice"))
                .as("a column an inner aggregate named").isTrue();
        assertThat(of("SELECT billing_country, AVG(total) AS avg_invoice FROM invoice GROUP BY billing_country")
                .counts("invoice")).as("an average counts nothing").isFalse();
    }

    private static Signature of(String sql) {
        return Signatures.of("q", "", List.of(), sql, LEXICON);
    }

    private static TableFile table(String name, TableFile.Column... columns) {
        return new TableFile(name, null, List.of(), List.of(), List.of(columns));
    }
}
