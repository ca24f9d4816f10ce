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
                    new TableFile.Column("total", "numeric", null)),
            table("track", new TableFile.Column("composer", "text", null), new TableFile.Column("genre", "text", null))),
            List.of(), Map.of("country", Set.of("usa", "canada"), "billing_country", Set.of("usa", "canada"),
                    "composer", Set.of("bach", "verdi"), "genre", Set.of("rock", "jazz")));

    @Test
    void aGroupedColumnShownUnderABreakdownsNameIsThatOneBreakdown() {
        assertThat(of("SELECT billing_country AS country, SUM(total) AS revenue FROM invoice GROUP BY billing_country")
                .dimensions()).containsExactly("country");
        assertThat(of("SELECT billing_country AS place, SUM(total) AS revenue FROM invoice GROUP BY billing_country")
                .dimensions()).as("an alias naming no breakdown leaves the grouped column's").containsExactly(
                        "billing_country");
        Signature byCountry = of("SELECT billing_country AS country, SUM(total) AS total FROM invoice"
                + " GROUP BY billing_country");
        assertThat(LEXICON.read("total per billing country").unmetBy(byCountry)).as("the column's own name")
                .doesNotContain("billing_country", "a breakdown the question does not ask for");
        assertThat(LEXICON.read("total per country").unmetBy(byCountry)).isEmpty();
    }

    @Test
    void aQueryGroupedByATablesKeyListsItsRowsAndShowsOtherTablesColumnsAsAttributes() {
        Signature tracks = of("SELECT t.composer AS composer, g.genre AS genre, SUM(l.quantity) AS units"
                + " FROM line l JOIN track t ON t.track_id = l.track_id JOIN kinds g ON g.id = t.kind_id"
                + " GROUP BY t.track_id, t.composer, g.genre ORDER BY units DESC LIMIT 25");
        assertThat(tracks.listsRows()).isTrue();
        assertThat(tracks.dimensions()).containsExactly("composer");
        assertThat(tracks.attributes()).as("a track's genre is no breakdown").containsExactly("genre");
        assertThat(of("SELECT t.genre, SUM(t.units) AS units FROM track t GROUP BY t.genre").listsRows()).isFalse();
        assertThat(LEXICON.read("Which tracks sold the fewest?").unmetBy(tracks))
                .as("its first rows are the most sold").anyMatch(r -> r.startsWith("a ranking by"));
        assertThat(LEXICON.read("Which tracks sold the most?").unmetBy(tracks)).noneMatch(r -> r.startsWith("a ranking"));
    }

    @Test
    void aValueBehindAOneLetterPartIsNotThatValue() {
        Signature byGenre = of("SELECT t.genre, SUM(t.units) AS units FROM track t GROUP BY t.genre");
        assertThat(LEXICON.read("units of K-Rock by genre").unmetBy(byGenre)).contains("asks k-rock");
        assertThat(LEXICON.read("units of rock by genre").unmetBy(byGenre)).doesNotContain("asks k-rock");
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

    @Test
    void aYearOutsideTheYearsTheQueryStatesIsDeclined() {
        Signature byYear = Signatures.of("total_by_year", "Invoice totals per calendar year, 2021-2025", List.of(),
                "SELECT EXTRACT(YEAR FROM invoice_date)::int AS year, SUM(total) AS total FROM invoice GROUP BY 1",
                LEXICON);
        assertThat(LEXICON.read("total by year for 2015-2020").unmetBy(byYear))
                .contains("a year the query's rows do not cover: 2015", "a year the query's rows do not cover: 2020");
        assertThat(LEXICON.read("total by year for 2022 and 2023").unmetBy(byYear))
                .noneMatch(r -> r.startsWith("a year the query's rows do not cover"));
    }

    private static Signature of(String sql) {
        return Signatures.of("q", "", List.of(), sql, LEXICON);
    }

    private static TableFile table(String name, TableFile.Column... columns) {
        return new TableFile(name, null, List.of(), List.of(), List.of(columns));
    }
}
