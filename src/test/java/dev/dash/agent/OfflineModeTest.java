package dev.dash.agent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.TestKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No API key, no base URL: the service still starts and answers the questions its validated queries cover. */
@QuarkusTest
@TestProfile(OfflineModeTest.Offline.class)
class OfflineModeTest {

    public static class Offline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dash.model.api-key", "", "dash.model.base-url", "");
        }
    }

    @Inject
    TestKnowledge knowledge;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void query() {
        knowledge.validatedQuery("fx_mrr_by_plan", "Monthly recurring revenue per plan, highest first",
                "What is the MRR by plan for fx customers?",
                "SELECT plan, sum(mrr) AS mrr FROM fx_customers GROUP BY plan ORDER BY mrr DESC",
                List.of("fx_customers"));
    }

    @AfterEach
    void forget() {
        knowledge.remove("fx_mrr_by_plan");
    }

    @Test
    void healthSaysOffline() {
        given().get("/health").then().statusCode(200).body("model.mode", equalTo("offline"));
    }

    @Test
    void aValidatedQuestionIsAnsweredByItsQuery() {
        JsonPath run = ask("What's the MRR by plan for our fx customers?");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("route")).isEqualTo("fast_path");
        assertThat(run.getString("validated_query")).isEqualTo("fx_mrr_by_plan");
        assertThat(run.getString("answer")).startsWith("Monthly recurring revenue per plan, highest first.")
                .contains("**plan**: pro, **mrr**: 1200");
        assertThat(run.getList("result.rows")).hasSize(3);
        assertThat(run.getList("trace.model_calls")).isEmpty();
    }

    @Test
    void anythingElseSaysWhatNeedsAModelAndWhatCanBeAnswered() {
        JsonPath run = ask("Why did churn go up among retail customers?");

        assertThat(run.getString("status")).isEqualTo("needs_model");
        assertThat(run.getString("answer")).contains("needs a language model").contains("OPENAI_API_KEY")
                .contains("- What is the MRR by plan for fx customers?");
        assertThat(run.getString("error")).isNull();
    }

    private static JsonPath ask(String question) {
        return given().contentType("application/json").body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }
}
