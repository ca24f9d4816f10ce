package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of an answer is traced to the run's SQL results before it is sent: a true answer passes untouched, an
 * invented figure goes back to the Analyst once and is corrected or marked unverified, roundings, percentages and
 * dates of real values pass, and fast-path answers carry their provenance too.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class NumberCheckTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    /** free 0.00 (1 customer), pro 1200.00 (2), starter 220.00 (2): 1420.00 in all. */
    private static final String BY_PLAN = "SELECT plan, sum(mrr) AS mrr, count(*) AS customers FROM fx_customers "
            + "GROUP BY plan ORDER BY plan";
    private static final String QUESTION = "What MRR does each fx plan bring in?";

    @Inject
    TestKnowledge knowledge;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void aTrueAnswerPassesUntouchedWithoutAnotherModelCall() {
        MODEL.script(tool("run_sql_query", "query", BY_PLAN), text("Pro brings **$1,200.00** of MRR from 2 customers."));

        JsonPath run = ask("alice", null, QUESTION);

        assertThat(run.getString("answer")).isEqualTo("Pro brings **$1,200.00** of MRR from 2 customers.");
        assertThat(MODEL.requests()).hasSize(2);
        assertThat(run.getList("trace.tool_calls.name")).containsExactly("run_sql_query");
        assertThat(run.getList("numbers.text")).containsExactly("$1,200.00", "2");
        assertThat(run.getList("numbers.verified")).containsOnly(true);
        assertThat(run.getString("numbers[0].sql")).startsWith(BY_PLAN);
        assertThat(run.getInt("numbers[0].row")).isEqualTo(1);
        assertThat(run.getString("numbers[0].column")).isEqualTo("mrr");
        assertThat(run.getString("numbers[0].query")).isNull();
        assertThat(run.getString("numbers[0].derivation")).isNull();
    }

    @Test
    void anInventedFigureIsCorrectedInOneMoreAnalystTurn() {
        MODEL.script(tool("run_sql_query", "query", BY_PLAN), text("Pro brings $9,999 of MRR."),
                text("Pro brings $1,200 of MRR."));

        JsonPath run = ask("alice", null, QUESTION);

        assertThat(run.getString("answer")).isEqualTo("Pro brings $1,200 of MRR.");
        assertThat(run.getList("numbers.verified")).containsExactly(true);
        assertThat(run.getList("trace.model_calls.agent")).containsExactly("analyst", "analyst", "analyst");
        assertThat(run.getList("trace.tool_calls.name")).containsExactly("run_sql_query", NumberCheck.TOOL);
        assertThat(run.getBoolean("trace.tool_calls[1].ok")).isTrue();
        assertThat(MODEL.request(2)).contains("Figures that match nothing: $9,999").contains("pro | 1200 | 2");
    }

    @Test
    void aFigureStillInventedAfterTheCorrectionIsMarkedUnverified() {
        MODEL.script(tool("run_sql_query", "query", BY_PLAN), text("Pro brings $9,999 of MRR."),
                text("Pro brings $8,888 of MRR, **$1,420.00** in all."));

        JsonPath run = ask("alice", null, QUESTION);

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("answer")).isEqualTo("Pro brings $8,888 of MRR, **$1,420.00** in all.");
        assertThat(run.getList("numbers.verified")).containsExactly(false, true);
        assertThat(run.getString("numbers[0].sql")).isNull();
        assertThat(run.getString("numbers[1].derivation")).isEqualTo("sum of mrr");
        assertThat(run.getBoolean("trace.tool_calls[1].ok")).isFalse();
        assertThat(run.getString("trace.tool_calls[1].summary")).isEqualTo("unverified: $8,888");
        assertThat(MODEL.requests()).hasSize(3);
    }

    @Test
    void roundingsPercentagesAndPercentageChangesOfRealValuesPass() {
        String arr = "SELECT 1234567.89 AS arr";
        MODEL.script(tool("run_sql_query", "query", BY_PLAN), tool("run_sql_query", "query", arr),
                text("ARR is about $1.2M. MRR totals $1.4K; pro brings 84.5% of it, and 445% more than starter."));

        JsonPath run = ask("alice", null, QUESTION);

        assertThat(MODEL.requests()).hasSize(3);
        assertThat(run.getList("numbers.text")).containsExactly("$1.2M", "$1.4K", "84.5%", "445%");
        assertThat(run.getList("numbers.verified")).containsOnly(true);
        assertThat(run.getString("numbers[0].column")).isEqualTo("arr");
        assertThat(run.getList("numbers.derivation")).containsExactly(null, "sum of mrr",
                "share of row 2 in the sum of mrr", "percentage change of mrr between rows 2 and 3");
    }

    @Test
    void datesFromTheResultsPass() {
        MODEL.script(tool("run_sql_query", "query", "SELECT name, signup_date FROM fx_customers ORDER BY signup_date "
                + "DESC LIMIT 1"), text("Hooli signed up last, on Feb 28, 2025."));

        JsonPath run = ask("alice", null, "Which fx customer signed up last?");

        assertThat(run.getString("numbers[0].value")).isEqualTo("2025-02-28");
        assertThat(run.getBoolean("numbers[0].verified")).isTrue();
        assertThat(run.getString("numbers[0].column")).isEqualTo("signup_date");
        assertThat(MODEL.requests()).hasSize(2);
    }

    @Test
    void aFastPathAnswerCarriesItsProvenance() {
        knowledge.validatedQuery("fx_mrr_by_plan", "MRR and customers per fx plan", QUESTION, BY_PLAN,
                List.of("fx_customers"));
        MODEL.script();
        try {
            JsonPath run = ask("alice", null, QUESTION);

            assertThat(run.getString("route")).isEqualTo("fast_path");
            assertThat(run.getList("numbers.text")).contains("$1,200.00", "$220.00");
            assertThat(run.getList("numbers.verified")).containsOnly(true);
            assertThat(run.getList("numbers.query")).containsOnly("fx_mrr_by_plan");
            assertThat(run.getList("trace.tool_calls.name")).doesNotContain(NumberCheck.TOOL);
            assertThat(MODEL.requests()).isEmpty();
        } finally {
            knowledge.remove("fx_mrr_by_plan");
        }
    }
}
