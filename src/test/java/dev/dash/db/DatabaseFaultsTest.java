package dev.dash.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every backend of the test database is terminated between two questions (as PostgreSQL does on a restart): the next
 * question is answered as before, from its validated query, and never turns into "no match".
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class DatabaseFaultsTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String QUESTION = "When did the newest fx customer sign up?";

    @Inject
    TestKnowledge knowledge;

    @BeforeEach
    void query() {
        Fixture.load();
        knowledge.validatedQuery("fx_newest_signup", "Date of the newest fx customer signup", QUESTION,
                "SELECT max(signup_date) AS newest_signup FROM fx_customers", List.of("fx_customers"));
    }

    @AfterEach
    void forget() {
        knowledge.remove("fx_newest_signup");
    }

    @Test
    void aQuestionAfterEveryBackendWasTerminatedIsAnsweredAsBefore() {
        MODEL.script();
        JsonPath before = ask();
        assertThat(before.getString("route")).isEqualTo("fast_path");

        Object terminated = Fixture.scalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        assertThat(((Number) terminated).intValue()).isPositive();

        JsonPath after = ask();
        assertThat(after.getString("status")).isEqualTo("completed");
        assertThat(after.getString("route")).isEqualTo("fast_path");
        assertThat(after.getString("answer")).isEqualTo(before.getString("answer"));
        assertThat(MODEL.requests()).isEmpty();
        given().get("/api/sessions").then().statusCode(200);
    }

    private static JsonPath ask() {
        return given().contentType("application/json").body(Map.of("question", QUESTION)).post("/api/ask").then()
                .statusCode(200).extract().jsonPath();
    }
}
