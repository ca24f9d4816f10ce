package dev.dash.agent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.format.Formats;
import dev.dash.run.Unit;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.OfflineProfile;
import dev.dash.testsupport.ShippedKnowledge;
import dev.dash.testsupport.TestKnowledge;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No API key, no base URL: the service still starts and answers the questions its validated queries cover. */
@QuarkusTest
@TestProfile(OfflineProfile.class)
class OfflineModeTest {

    @Inject
    TestKnowledge knowledge;
    @Inject
    ShippedKnowledge shipped;
    @Inject
    AgroalDataSource db;

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
        assertThat(run.getString("answer")).startsWith("Pro has the highest MRR: **$1,200.00**.")
                .contains("| Plan | MRR |").contains("| pro | $1,200.00 |")
                .contains("\n\n_From the validated query `fx_mrr_by_plan`: Monthly recurring revenue per plan");
        assertThat(run.getList("result.columns.unit")).containsExactly("text", "currency");
        assertThat(run.getList("result.rows")).hasSize(3);
        assertThat(run.getList("trace.model_calls")).isEmpty();
    }

    @Test
    void aRankingTheQuerysOrderDoesNotGiveIsAnsweredWithItsRowsSortedOnTheMetricAsked() {
        JsonPath run = ask("Which plan has the lowest MRR among fx customers?");

        assertThat(run.getString("route")).isEqualTo("fast_path");
        assertThat(run.getString("validated_query")).isEqualTo("fx_mrr_by_plan");
        List<String> lowestFirst = List.of(((String) Fixture.scalar("SELECT string_agg(plan, ',' ORDER BY total, plan)"
                + " FROM (SELECT plan, sum(mrr) AS total FROM fx_customers GROUP BY plan) t")).split(","));
        assertThat(run.getList("result.rows").stream().map(r -> ((List<?>) r).getFirst()).toList())
                .isEqualTo(lowestFirst);
        String answer = run.getString("answer");
        String lowest = lowestFirst.getFirst();
        assertThat(answer).startsWith(Character.toUpperCase(lowest.charAt(0)) + lowest.substring(1)
                + " has the lowest MRR: **");
        assertThat(answer.indexOf("| " + lowestFirst.getFirst() + " |"))
                .as("the lowest heads the table").isLessThan(answer.indexOf("| " + lowestFirst.getLast() + " |"));
    }

    @Test
    void theShippedValidatedQuestionsAreAnsweredOfflineWithTheirNumbers() throws Exception {
        shipped.ensureLoaded();
        JsonPath mrr = ask("What's our current MRR?");
        assertThat(mrr.getString("route")).isEqualTo("fast_path");
        assertThat(mrr.getString("validated_query")).isEqualTo("current_mrr");
        BigDecimal expected;
        try (var c = db.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT round(sum(mrr), 2) FROM subscriptions WHERE status = 'active'")) {
            rs.next();
            expected = rs.getBigDecimal(1);
        }
        assertThat(mrr.getString("answer")).startsWith("Current MRR is **" + Formats.value(expected, Unit.CURRENCY) + "**");

        JsonPath churn = ask("Which plan has the highest churn rate?");
        assertThat(churn.getString("validated_query")).isEqualTo("churn_rate_by_plan");
        assertThat(churn.getList("result.rows")).hasSize(4);

        JsonPath byCountry = ask("What's our churn rate by country?");
        assertThat(byCountry.getString("status")).as("no query covers country").isEqualTo("needs_model");
        assertThat(byCountry.getString("validated_query")).isNull();
    }

    @Test
    void anythingElseSaysWhatNeedsAModelAndWhatCanBeAnswered() {
        shipped.ensureLoaded();
        JsonPath run = ask("Why did churn go up among retail customers?");

        assertThat(run.getString("status")).isEqualTo("needs_model");
        assertThat(run.getString("answer")).contains("needs a language model").contains("OPENAI_API_KEY")
                .contains("- Which plan has the highest churn rate?");
        assertThat(run.getString("error")).isNull();
    }

    private static JsonPath ask(String question) {
        return given().contentType("application/json").body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }
}
