package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.SampleData;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cost guard seen from a run: the Analyst gets a refused plan back as an error with the hint and rewrites its SQL;
 * a validated query whose plan is refused ends a zero-model run with {@code plan_refused}, not a wrong number.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class PlanRefusedTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String CARTESIAN = "SELECT c.industry, count(*) AS invoices FROM customers c, "
            + "subscriptions s, invoices i GROUP BY c.industry";
    private static final String JOINED = "SELECT c.industry, count(*) AS invoices FROM invoices i "
            + "JOIN customers c ON c.id = i.customer_id GROUP BY c.industry ORDER BY invoices DESC";

    @Inject
    SampleData data;
    @Inject
    TestKnowledge knowledge;

    @BeforeEach
    void sample() {
        data.ensureLoaded();
    }

    @Test
    void theAnalystRewritesARefusedQueryAndAnswersFromTheSecond() {
        MODEL.script(tool("run_sql_query", "query", CARTESIAN), tool("run_sql_query", "query", JOINED),
                text("Technology customers have the most invoices."));

        JsonPath run = ask("alice", null, "Which industry has the most invoices, counting every invoice once?");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("route")).isEqualTo("analyst");
        assertThat(run.getList("trace.tool_calls.ok")).containsExactly(false, true);
        assertThat(MODEL.request(1)).contains("ERROR DASH3: Plan refused: estimated cost ")
                .contains("ON condition").doesNotContain("introspect_schema, then fix");
        assertThat(run.getList("sql", String.class)).containsExactly(JOINED + "\nLIMIT 50");
        assertThat(run.getInt("result.row_count")).isEqualTo(5);
        assertThat(run.getList("trace.learnings_saved")).as("a refused plan teaches nothing about the schema")
                .isEmpty();
    }

    @Test
    void aValidatedQueryWhosePlanIsRefusedEndsTheRunWithPlanRefused() {
        knowledge.validatedQuery("guard_every_combination", "Every customer, subscription and invoice combination",
                "How many customer subscription invoice combinations exist?",
                "SELECT count(*) AS combinations FROM customers, subscriptions, invoices",
                List.of("customers", "subscriptions", "invoices"));
        MODEL.script();
        try {
            JsonPath run = ask("alice", null, "How many customer subscription invoice combinations exist?");

            assertThat(run.getString("route")).isEqualTo("fast_path");
            assertThat(run.getString("status")).isEqualTo("error");
            assertThat(run.getString("error.code")).isEqualTo("plan_refused");
            assertThat(run.getString("error.message")).startsWith("The validated query guard_every_combination was "
                    + "not run because the cost guard refused its plan: estimated cost ").contains("(limit 1000000)");
            assertThat(run.getString("answer")).isEqualTo(run.getString("error.message"));
            assertThat(run.getString("result")).isNull();
            assertThat(MODEL.requests()).isEmpty();
        } finally {
            knowledge.remove("guard_every_combination");
        }
    }
}
