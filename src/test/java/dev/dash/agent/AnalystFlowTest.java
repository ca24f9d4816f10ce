package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.Fixture.PRO_COUNT;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A data question the analyst answers end to end, the real OpenAI client against a scripted model and the real
 * database behind the tools: its SQL on the fixture, read-only access, a fixed error kept as a learning for the next
 * session, and the session's history in the next question's prompt.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class AnalystFlowTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void aPlainDataQuestionGoesStraightToTheAnalystInTwoModelCalls() {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are 2 customers on the pro plan."));

        JsonPath run = ask("alice", null, "How many fx customers are on the pro plan?");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("route")).isEqualTo("analyst");
        assertThat(run.getString("answer")).isEqualTo("There are 2 customers on the pro plan.");
        assertThat(run.getList("sql", String.class)).containsExactly(PRO_COUNT + "\nLIMIT 50");
        assertThat(run.getInt("result.rows[0][0]")).isEqualTo(Fixture.PRO_CUSTOMERS);
        assertThat(run.getString("result.columns[0].name")).isEqualTo("pro_customers");
        assertThat(run.getList("trace.model_calls.agent")).containsExactly("analyst", "analyst");
        assertThat(run.getInt("trace.model_calls[0].prompt_tokens")).isEqualTo(100);
        assertThat(run.getList("trace.tool_calls.name")).containsExactly("run_sql_query");
        assertThat(run.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(run.getString("error")).isNull();

        String first = MODEL.request(0);
        assertThat(first).contains("You are the Analyst").contains("How many fx customers are on the pro plan?")
                .contains("Today is ").containsPattern("The data covers \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}")
                .contains("\"run_sql_query\"").contains("\"introspect_schema\"").contains("\"save_learning\"")
                .doesNotContain("delegate_task_to_member");
        assertThat(MODEL.request(1)).contains("pro_customers").contains("(1 row)");
    }

    @Test
    void theAnalystCannotWriteEvenWhenTheModelTriesTo() {
        MODEL.script(tool("run_sql_query", "query", "DELETE FROM fx_customers"),
                tool("run_sql_query", "query",
                        "WITH gone AS (DELETE FROM fx_customers RETURNING id) SELECT count(*) FROM gone"),
                text("I cannot delete data."));

        JsonPath run = ask("alice", null, "List the fx customers on the free plan");

        assertThat(run.getString("route")).isEqualTo("analyst");
        assertThat(run.getList("trace.tool_calls.ok")).containsExactly(false, false);
        assertThat(MODEL.request(1)).contains("read-only");
        assertThat(MODEL.request(2)).contains("ERROR");
        assertThat(run.getList("sql")).isEmpty();
        assertThat(((Number) Fixture.scalar("SELECT count(*) FROM public.fx_customers")).intValue())
                .isEqualTo(Fixture.CUSTOMERS);
    }

    @Test
    void aFixedErrorBecomesALearningThatTheAuthorsNextSessionSees() {
        String broken = "SELECT sum(monthly_revenue) FROM fx_customers";
        String fixed = "SELECT sum(mrr) AS total_mrr FROM fx_customers";
        MODEL.script(tool("run_sql_query", "query", broken),
                tool("introspect_schema", "table_name", "fx_customers"),
                tool("run_sql_query", "query", fixed),
                text("Total MRR is 1420."));

        JsonPath first = ask("alice", null, "What is the total monthly revenue of fx customers?");
        assertThat(first.getString("route")).isEqualTo("analyst");

        assertThat(first.getList("trace.tool_calls.ok")).containsExactly(false, true, true);
        assertThat(MODEL.request(1)).contains("42703").contains("monthly_revenue")
                .contains("Hint: check the tables and columns with introspect_schema");
        assertThat(MODEL.request(2)).contains("mrr numeric");
        List<Integer> saved = first.getList("trace.learnings_saved", Integer.class);
        assertThat(saved).hasSize(1);
        Object lesson = Fixture.scalar("SELECT lesson FROM dash_internal.learnings WHERE id = " + saved.get(0));
        assertThat((String) lesson).contains("monthly_revenue");

        MODEL.script(text("Revenue answer."));
        ask("alice", null, "Show the monthly revenue of fx customers by plan");

        assertThat(MODEL.request(0)).contains("learning:" + saved.get(0)).contains("monthly_revenue");
    }

    @Test
    void theSessionHistoryReachesTheNextQuestion() {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("2 pro customers."));
        String session = ask("alice", null, "How many fx customers are on the pro plan?").getString("session_id");

        MODEL.script(text("Acme and Globex."));
        ask("alice", session, "Which ones are they?");

        assertThat(MODEL.request(0)).contains("Q: How many fx customers are on the pro plan?")
                .contains("A: 2 pro customers.").contains("SQL: SELECT count(*) AS pro_customers FROM fx_customers");
    }
}
