package dev.dash.onboard;

import static dev.dash.onboard.DraftFiles.Outcome.KEPT;
import static dev.dash.onboard.DraftFiles.Outcome.WRITTEN;
import static dev.dash.testsupport.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.DataConfig;
import dev.dash.db.DbConfig;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.QueryFileParser;
import dev.dash.knowledge.files.QueryFileText;
import dev.dash.testsupport.ChinookDatabase;
import dev.dash.testsupport.ChinookProfile;
import dev.dash.testsupport.ScriptedModel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect} with a model, on Chinook, through the scripted model behind the real client: the model's
 * descriptions go into the table drafts, its business terms into the vocabulary as synonyms of drafted terms only, and
 * of its queries only the one that ran as the Analyst is written, as a draft that answers nothing without a model
 * until reviewed; a second run leaves the file a person edited alone.
 */
@QuarkusTest
@TestProfile(ChinookProfile.class)
class ConnectModelTest {

    private static final String REPLY = "datasets/chinook/model-drafts.json";
    private static final String QUERIES = "queries/drafted.sql";

    @Inject
    DbConfig db;
    @Inject
    DataConfig data;
    @Inject
    Onboarding onboarding;
    @Inject
    ObjectMapper json;

    @TempDir
    Path dir;

    @BeforeEach
    void dbaStep() {
        ChinookDatabase.grant(db, data);
    }

    @Test
    void theModelsDescriptionsTermsAndCheckedQueriesJoinTheDrafts() throws Exception {
        ConnectTest.copyUserQueries(dir);
        ScriptedModel model = ScriptedModel.get().script(text(reply()));

        // On a thread of its own, as ./dash connect runs: outside any request.
        ConnectReport report;
        try (var thread = Executors.newSingleThreadExecutor()) {
            report = thread.submit(() -> onboarding.connect(dir, true)).get();
        }

        assertThat(model.requests()).hasSize(1);
        assertThat(model.request(0)).contains("genre (25 rows): (no description)", "milliseconds integer",
                "metric: revenue", "revenue_by_year: ", "snake_case_name", "Sales Support Agent")
                .doesNotContain("{|", "Callahan");
        assertThat(report.files(WRITTEN)).contains(QUERIES, "business/vocabulary.json", "tables/genre.json");
        String file = Files.readString(dir.resolve(QUERIES));
        assertThat(QueryFileParser.parse(file, QUERIES)).extracting(QueryFileParser.ParsedQuery::name)
                .containsExactly("tracks_per_genre");
        assertThat(QueryFileText.isDraft(file)).isTrue();
        assertThat(new KnowledgeFiles(json).read(dir)).filteredOn(e -> e.id().equals("query:tracks_per_genre"))
                .singleElement().extracting(KnowledgeEntry::approved).isEqualTo(false);

        var terms = ChinookDrafts.vocabulary(json, dir).vocabulary();
        assertThat(terms).filteredOn(t -> t.term().equals("revenue")).singleElement()
                .satisfies(t -> assertThat(t.synonyms()).contains("sales", "takings"));
        assertThat(terms).filteredOn(t -> t.term().equals("track")).singleElement()
                .satisfies(t -> assertThat(t.synonyms()).containsExactly("songs"));
        assertThat(terms).extracting(VocabularyDraft.Term::term).doesNotContain("profit_margin", "margin");
        assertThat(terms).flatExtracting(VocabularyDraft.Term::synonyms).doesNotContain("margin");

        assertThat(ChinookDrafts.table(json, dir, "genre").table_description())
                .startsWith("A music genre that tracks belong to. Drafted from the schema");
        assertThat(ChinookDrafts.column(ChinookDrafts.table(json, dir, "track"), "milliseconds").description())
                .startsWith("How long the track plays. A number");
        assertThat(report.model().drafted()).contains("query tracks_per_genre (ran as the Analyst)",
                "synonym \"sales\" of revenue", "description of genre");
        assertThat(report.model().dropped())
                .anyMatch(d -> d.startsWith("query refunds_by_month (failed as the Analyst"))
                .anyMatch(d -> d.startsWith("synonyms [margin] of profit_margin"))
                .anyMatch(d -> d.startsWith("description of concerts"))
                .anyMatch(d -> d.startsWith("a term without term"))
                .anyMatch(d -> d.startsWith("a column description without"));
    }

    @Test
    void aSecondRunLeavesTheQueriesAPersonEditedAlone() throws IOException {
        ScriptedModel.get().script(text(reply()));
        onboarding.connect(dir, true);
        Path queries = dir.resolve(QUERIES);
        String edited = Files.readString(queries).replace("most first", "the most tracks first");
        Files.writeString(queries, edited);

        ScriptedModel.get().script(text(reply()));
        ConnectReport second = onboarding.connect(dir, true);

        assertThat(second.files(KEPT)).containsExactly(QUERIES);
        assertThat(Files.readString(queries)).isEqualTo(edited);
    }

    @Test
    void withoutTheModelNothingIsSentAndTheReportSaysWhatNeedsIt() {
        ScriptedModel model = ScriptedModel.get().script();

        ConnectReport report = onboarding.connect(dir, false);

        assertThat(model.requests()).isEmpty();
        assertThat(report.model().summary()).contains("descriptions, business terms and queries need");
        assertThat(report.files(WRITTEN)).doesNotContain(QUERIES);
    }

    private static String reply() throws IOException {
        try (InputStream in = ConnectModelTest.class.getClassLoader().getResourceAsStream(REPLY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
