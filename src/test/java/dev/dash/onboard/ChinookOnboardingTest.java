package dev.dash.onboard;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.BoundaryProbe;
import dev.dash.db.DataConfig;
import dev.dash.db.DatabaseStatus;
import dev.dash.db.DbConfig;
import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.QueryMatch;
import dev.dash.retrieval.DataTerms;
import dev.dash.testsupport.ChinookDatabase;
import dev.dash.testsupport.ChinookProfile;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.Superuser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's path for a database nobody here designed, on Chinook: the DBA's grants give roles whose boundaries
 * hold when probed; with the drafts of {@code connect} and the user's twelve queries loaded, rewordings written for
 * this test are answered without a model and near misses are not; a new question reaches the Analyst through the
 * scripted model with the drafted table knowledge in its prompt, and its SQL runs on Chinook.
 */
@QuarkusTest
@TestProfile(ChinookProfile.class)
class ChinookOnboardingTest {

    private static final String REWORDINGS = "datasets/chinook/rewordings.json";
    private static final int MEASURED_REACH = 10;

    @Inject
    DbConfig db;
    @Inject
    DataConfig data;
    @Inject
    BoundaryProbe probe;
    @Inject
    DatabaseStatus status;
    @Inject
    Onboarding onboarding;
    @Inject
    KnowledgeLoader loader;
    @Inject
    KnownQuestions known;
    @Inject
    ObjectMapper json;
    @Inject
    DataTerms dataTerms;

    @TempDir
    Path dir;

    @BeforeEach
    void dbaStep() {
        ChinookDatabase.grant(db, data);
    }

    @Test
    void theDbasGrantsGiveRolesWhoseBoundariesHold() {
        probe.probe();

        assertThat(status.boundaries()).containsOnlyKeys("analyst", "engineer");
        status.boundaries().forEach((role, checks) -> assertThat(checks).isNotEmpty().allSatisfy((check, result) ->
                assertThat(result.holds()).as(role + " " + check + ": " + result.detail()).isTrue()));
        assertThat(status.engineerOff()).isEmpty();
    }

    @Test
    void theDataTermsAreTheCompanyDatabasesNotDashsOwn() {
        dataTerms.refresh();

        assertThat(dataTerms.values()).containsKey("billing_country").doesNotContainKey("industry");
        assertThat(dataTerms.values().get("billing_country")).contains("Brazil", "USA");
        assertThat(dataTerms.in("revenue per genre and invoice line")).contains("genre", "invoice", "line");
    }

    @Test
    void rewordingsAreAnsweredWithoutAModelAndNearMissesAreNot() throws IOException {
        Rewordings set = rewordings();
        List<String> wrong = new ArrayList<>();
        List<String> right = new ArrayList<>();
        withDrafts(() -> {
            for (Rewording r : set.paraphrases()) {
                known.decide(r.q(), false).certain().map(QueryMatch::name).ifPresent(name -> {
                    (name.equals(r.query()) ? right : wrong).add("\"" + r.q() + "\" answered by " + name);
                });
            }
            for (NearMiss n : set.near_misses()) {
                known.decide(n.q(), false).certain().ifPresent(m -> wrong.add(
                        "near miss (" + n.kind() + ") \"" + n.q() + "\" answered by " + m.name()));
            }
        });
        assertThat(set.paraphrases()).hasSize(12);
        assertThat(wrong).isEmpty();
        // As measured when money words, averages, counts and listed rows joined the drafts and rules: 10 of the 12.
        // A fall means a general rule stopped carrying over; the README gives the held-out rounds' figures.
        assertThat(right).hasSizeGreaterThanOrEqualTo(MEASURED_REACH);
    }

    @Test
    void theAnalystAnswersWithTheDraftedTablesInItsPrompt() throws SQLException {
        String sql = "SELECT first_name || ' ' || last_name AS employee, hire_date FROM employee"
                + " ORDER BY hire_date DESC LIMIT 1";
        ScriptedModel model = ScriptedModel.get();
        model.script(tool("run_sql_query", "query", sql), text("The most recent hire is on the first row."));

        JsonPath run = withDrafts(() -> given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "When did our most recently hired employee join, and who is it?"))
                .post("/api/ask").then().statusCode(200).extract().jsonPath());

        assertThat(run.getString("route")).isEqualTo("analyst");
        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("result.rows[0][0]")).isEqualTo(newestHire());
        assertThat(model.request(0)).contains("employee").contains("hire_date").contains("Drafted from the schema");
    }

    private <T> T withDrafts(java.util.function.Supplier<T> work) {
        try {
            ConnectTest.copyUserQueries(dir);
            onboarding.connect(dir);
            loader.load(dir, false);
            return work.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            loader.load(false);
        }
    }

    private void withDrafts(Runnable work) {
        withDrafts(() -> {
            work.run();
            return null;
        });
    }

    private Rewordings rewordings() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(REWORDINGS)) {
            return json.readValue(in, Rewordings.class);
        }
    }

    private static String newestHire() throws SQLException {
        try (var c = Superuser.connect(ChinookDatabase.NAME); var s = c.createStatement();
                var rs = s.executeQuery("SELECT first_name || ' ' || last_name FROM employee ORDER BY hire_date DESC"
                        + " LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    record Rewordings(String about, List<Rewording> paraphrases, List<NearMiss> near_misses) {
    }

    record Rewording(String query, String q) {
    }

    record NearMiss(String q, String kind) {
    }
}
