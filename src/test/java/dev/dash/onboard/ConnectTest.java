package dev.dash.onboard;

import static dev.dash.onboard.DraftFiles.Outcome.KEPT;
import static dev.dash.onboard.DraftFiles.Outcome.REFRESHED;
import static dev.dash.onboard.DraftFiles.Outcome.UNCHANGED;
import static dev.dash.onboard.DraftFiles.Outcome.WRITTEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.DataConfig;
import dev.dash.db.DbConfig;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.knowledge.files.KnowledgeMoneyWords;
import dev.dash.knowledge.meaning.Concept;
import dev.dash.knowledge.meaning.Vocabulary;
import dev.dash.testsupport.ChinookDatabase;
import dev.dash.testsupport.ChinookProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect} on Chinook, a database nobody here designed: the drafts load next to the user's validated queries,
 * name the real columns and keys, and a second run leaves edited files alone.
 */
@QuarkusTest
@TestProfile(ChinookProfile.class)
class ConnectTest {

    @Inject
    DbConfig db;
    @Inject
    DataConfig data;

    @BeforeEach
    void dbaStep() {
        ChinookDatabase.grant(db, data);
    }

    static final String USER_QUERIES = "datasets/chinook/queries/music_store.sql";
    private static final List<String> TABLES = List.of("album", "artist", "customer", "employee", "genre", "invoice",
            "invoice_line", "media_type", "playlist", "playlist_track", "track");

    @Inject
    Onboarding onboarding;
    @Inject
    ObjectMapper json;
    @Inject
    KnowledgeLoader loader;

    @TempDir
    Path dir;

    @Test
    void draftsATableFileForEachTableAndAVocabularyThatLoadBesideTheUsersQueries() throws IOException {
        copyUserQueries(dir);
        ConnectReport report = onboarding.connect(dir);

        assertThat(report.files(WRITTEN)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(TABLES.stream().map(t -> "tables/" + t + ".json"),
                        java.util.stream.Stream.of("business/vocabulary.json")).toList());
        KnowledgeFiles files = new KnowledgeFiles(json);
        List<KnowledgeEntry> entries = files.read(dir);
        assertThat(entries).filteredOn(e -> e.kind().equals("table")).extracting(KnowledgeEntry::name)
                .containsExactlyInAnyOrderElementsOf(TABLES);
        assertThat(entries).filteredOn(e -> e.kind().equals("query")).hasSize(12);
        var lexicon = Vocabulary.of(files.tables(dir), files.business(dir), Map.of());
        assertThat(lexicon.concepts("Rock")).contains(Concept.value("rock", "genre_name"));
        assertThat(lexicon.concepts("genres")).contains(Concept.dimension("genre_name"));
        assertThat(lexicon.concepts("quantity")).contains(Concept.metric("quantity"));
        assertThat(KnowledgeMoneyWords.of(files, dir)).contains("total", "unit_price").doesNotContain("quantity");
        try {
            var loaded = loader.load(dir, false);
            assertThat(loaded.added() + loaded.updated() + loaded.unchanged()).isEqualTo(entries.size());
        } finally {
            loader.load(false);
        }
    }

    @Test
    void theDraftsNameTheRealColumnsKeysUnitsAndValues() throws IOException {
        onboarding.connect(dir);
        var invoice = ChinookDrafts.table(json, dir, "invoice");
        assertThat(ChinookDrafts.column(invoice, "invoice_id").type()).isEqualTo("integer (primary key)");
        assertThat(ChinookDrafts.column(invoice, "customer_id").type()).isEqualTo("integer (FK customer.customer_id)");
        assertThat(ChinookDrafts.column(invoice, "total").description()).startsWith("Money");
        assertThat(invoice.data_quality_notes()).contains("Join: invoice.customer_id = customer.customer_id.",
                "invoice_date runs from 2021-01-01 to 2025-12-22.");
        assertThat(invoice.table_description()).contains("412 rows, one per invoice_id");
        var line = ChinookDrafts.table(json, dir, "invoice_line");
        assertThat(ChinookDrafts.column(line, "quantity").description()).startsWith("A count");
        assertThat(ChinookDrafts.column(line, "unit_price").description()).startsWith("Money");
        assertThat(ChinookDrafts.column(ChinookDrafts.table(json, dir, "track"), "milliseconds").description())
                .startsWith("A number");
        assertThat(ChinookDrafts.column(ChinookDrafts.table(json, dir, "genre"), "name").description())
                .startsWith("One of 25 values: Alternative, Alternative & Punk, Blues");

        var terms = ChinookDrafts.vocabulary(json, dir).vocabulary();
        assertThat(terms).contains(
                new VocabularyDraft.Term("invoice", "word", null, null, List.of()),
                new VocabularyDraft.Term("genre_name", "dimension", null, null, List.of("genre")),
                new VocabularyDraft.Term("billing_country", "dimension", null, null, List.of()),
                new VocabularyDraft.Term("Rock", "value", "genre_name", null, List.of()),
                new VocabularyDraft.Term("invoice_total", "metric", null, "currency", List.of()),
                new VocabularyDraft.Term("quantity", "metric", null, "count", List.of()));
        assertThat(terms).extracting(VocabularyDraft.Term::term).contains("month", "year")
                .doesNotContain("first_name", "email", "invoice_id");
    }

    @Test
    void theUsersQueriesNameTheirMetricsAndBreakdowns() throws IOException {
        copyUserQueries(dir);
        onboarding.connect(dir);

        var terms = ChinookDrafts.vocabulary(json, dir).vocabulary();
        assertThat(terms).contains(
                new VocabularyDraft.Term("units_sold", "metric", null, null, List.of()),
                new VocabularyDraft.Term("pct_of_revenue", "metric", null, null, List.of()),
                new VocabularyDraft.Term("artist", "dimension", null, null, List.of()),
                new VocabularyDraft.Term("support_rep", "dimension", null, null, List.of("rep")),
                new VocabularyDraft.Term("album", "word", null, null, List.of()),
                new VocabularyDraft.Term("year", "grain", null, null, List.of("yearly", "annually", "per year",
                        "each year", "every year",
                        "by year", "year over year", "yoy", "years", "year to year", "one year to the next",
                        "calendar year")));
        // A sum of money is what general money words ask for; a share of it or a count is not.
        assertThat(terms).filteredOn(t -> t.term().equals("revenue")).singleElement()
                .satisfies(t -> {
                    assertThat(t.implied_by()).contains("sale", "money", "spend", "earn");
                    assertThat(t.higher_is()).isEqualTo("better");
                });
        assertThat(terms).filteredOn(t -> t.term().equals("avg_invoice_value")).singleElement()
                .satisfies(t -> assertThat(t.synonyms()).contains("typical invoice", "average invoice value"));
        assertThat(terms).extracting(VocabularyDraft.Term::term)
                .doesNotContain("employee_id", "customer_id")
                .doesNotHaveDuplicates();
        // genre_name already has "genre" as a synonym: the queries' "genre" column is that dimension, not a second one.
        assertThat(terms).filteredOn(t -> t.kind().equals("dimension")).extracting(VocabularyDraft.Term::term)
                .doesNotContain("genre", "media_type");
    }

    @Test
    void aSecondRunRefreshesItsOwnUntouchedDraftsAndLeavesEditedFilesAlone() throws IOException {
        onboarding.connect(dir);
        Path genre = dir.resolve("tables/genre.json");
        String edited = Files.readString(genre).replace("Drafted from", "Music genres. Drafted from");
        Files.writeString(genre, edited);
        Path artist = dir.resolve("tables/artist.json");
        String reviewed = Files.readString(artist).replaceFirst("(?m)^  \"draft\".*\\R", "");
        Files.writeString(artist, reviewed);
        ChinookDatabase.execute("COMMENT ON TABLE invoice IS 'One sale to one customer.'");
        try {
            ConnectReport second = onboarding.connect(dir);

            assertThat(second.files(KEPT)).containsExactlyInAnyOrder("tables/genre.json", "tables/artist.json");
            assertThat(second.files(REFRESHED)).containsExactly("tables/invoice.json");
            assertThat(second.files(UNCHANGED)).contains("tables/album.json", "business/vocabulary.json");
            assertThat(Files.readString(genre)).isEqualTo(edited);
            assertThat(Files.readString(artist)).isEqualTo(reviewed);
            assertThat(ChinookDrafts.table(json, dir, "invoice").table_description())
                    .startsWith("One sale to one customer. Drafted from the schema");
            assertThat(new KnowledgeFiles(json).read(dir)).filteredOn(e -> e.kind().equals("table")).hasSize(11);
        } finally {
            ChinookDatabase.execute("COMMENT ON TABLE invoice IS NULL");
        }
    }

    static void copyUserQueries(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("queries"));
        try (InputStream in = ConnectTest.class.getClassLoader().getResourceAsStream(USER_QUERIES)) {
            Files.copy(in, dir.resolve("queries/music_store.sql"));
        }
    }
}
