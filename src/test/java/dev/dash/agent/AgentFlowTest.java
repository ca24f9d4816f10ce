package dev.dash.agent;

import static dev.dash.testsupport.ScriptedModel.status;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.RunConfig;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.TestKnowledge;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agent team end to end: the real OpenAI client against a scripted model, the real database behind the tools. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class AgentFlowTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final int RETRY_AFTER_S = 2;
    private static final String PRO_COUNT = "SELECT count(*) AS pro_customers FROM fx_customers WHERE plan = 'pro'";

    @Inject
    TestKnowledge knowledge;

    @Inject
    RunConfig runs;

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
    void theEngineerBuildsAViewAndRecordsIt() {
        String view = "CREATE VIEW dash.fx_pro_customers AS SELECT id, name, mrr FROM public.fx_customers WHERE plan = 'pro'";
        Fixture.execute("DROP VIEW IF EXISTS dash.fx_pro_customers");
        MODEL.script(tool("run_sql_query", "query", view),
                tool("update_knowledge", "title", "dash.fx_pro_customers", "content", "Pro customers: id, name, mrr"),
                text("Created dash.fx_pro_customers."));

        JsonPath run = ask("alice", null, "Create a view of the pro fx customers");

        assertThat(run.getString("route")).isEqualTo("engineer");
        assertThat(run.getList("trace.model_calls.agent")).containsOnly("engineer");
        assertThat(MODEL.request(0)).contains("You are the Engineer").contains("\"update_knowledge\"")
                .doesNotContain("\"save_validated_query\"");
        assertThat(Fixture.scalar("SELECT count(*) FROM dash.fx_pro_customers")).isEqualTo(2L);
        assertThat(Fixture.scalar("SELECT content FROM dash_internal.knowledge WHERE name = 'dash.fx_pro_customers'"))
                .isEqualTo("Pro customers: id, name, mrr");
    }

    @Test
    void theEngineerDropsOnlyAfterTheUserConfirmedInTheSameSession() {
        Fixture.execute("CREATE OR REPLACE VIEW dash.fx_old AS SELECT 1 AS one");
        Fixture.execute("ALTER VIEW dash.fx_old OWNER TO dash_engineer");
        String session = "drop-" + UUID.randomUUID();
        MODEL.script(tool("run_sql_query", "query", "DROP VIEW dash.fx_old"), text("Please confirm."));

        JsonPath refused = ask("alice", session, "Drop the view dash.fx_old");

        assertThat(refused.getString("route")).isEqualTo("engineer");
        assertThat(refused.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(MODEL.request(1)).contains("Refused").contains("yes, drop dash.fx_old");
        assertThat(Fixture.scalar("SELECT count(*) FROM pg_views WHERE viewname = 'fx_old'")).isEqualTo(1L);

        MODEL.script(tool("run_sql_query", "query", "DROP VIEW dash.fx_old"), text("Dropped."));
        JsonPath confirmed = ask("alice", session, "yes, drop dash.fx_old");

        assertThat(confirmed.getString("route")).isEqualTo("engineer");
        assertThat(confirmed.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT count(*) FROM pg_views WHERE viewname = 'fx_old'")).isEqualTo(0L);
    }

    @Test
    void theEngineerReplacesAnExistingViewOnlyAfterTheUserConfirmed() {
        Fixture.execute("CREATE OR REPLACE VIEW dash.fx_kept AS SELECT 1 AS one");
        Fixture.execute("ALTER VIEW dash.fx_kept OWNER TO dash_engineer");
        String session = "replace-" + UUID.randomUUID();
        String replace = "CREATE OR REPLACE VIEW dash.fx_kept AS SELECT 1 AS one, 2 AS two";
        MODEL.script(tool("run_sql_query", "query", replace), text("Please confirm."));

        JsonPath refused = ask("alice", session, "Add a column two to the view dash.fx_kept");

        assertThat(refused.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(MODEL.request(1)).contains("Refused: replacing dash.fx_kept").contains("yes, replace dash.fx_kept");
        assertThat(Fixture.scalar("SELECT count(*) FROM information_schema.columns WHERE table_name = 'fx_kept'"))
                .isEqualTo(1L);

        MODEL.script(tool("run_sql_query", "query", replace), text("Replaced."));
        JsonPath confirmed = ask("alice", session, "yes, replace dash.fx_kept");

        assertThat(confirmed.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT count(*) FROM information_schema.columns WHERE table_name = 'fx_kept'"))
                .isEqualTo(2L);
        Fixture.execute("DROP VIEW dash.fx_kept");
    }

    @Test
    void theLeaderAnswersGreetingsItselfWithoutDataTools() {
        MODEL.script(text("Hello! Ask me about your data."));

        JsonPath run = ask("alice", null, "Hi there!");

        assertThat(run.getString("route")).isEqualTo("leader");
        assertThat(run.getList("trace.model_calls.agent")).containsExactly("leader");
        assertThat(MODEL.request(0)).contains("delegate_task_to_member").doesNotContain("run_sql_query");
    }

    @Test
    void theLeaderDelegatesEachPartToTheAnalystAndCombines() {
        MODEL.script(tool("delegate_task_to_member", "member_id", "analyst", "task", "Count pro fx customers"),
                tool("run_sql_query", "query", PRO_COUNT),
                text("2 pro customers."),
                text("You have 2 pro customers; and the free plan is next."));

        JsonPath run = ask("alice", null, "How many pro fx customers are there? And how many free ones?");

        assertThat(run.getString("route")).isEqualTo("leader");
        assertThat(run.getList("trace.model_calls.agent")).containsExactly("leader", "analyst", "analyst", "leader");
        assertThat(run.getList("trace.tool_calls.name")).containsExactly("run_sql_query", "delegate_task_to_member");
        assertThat(MODEL.request(1)).contains("You are the Analyst").contains("Task: Count pro fx customers");
        assertThat(MODEL.request(3)).contains("2 pro customers.");
        assertThat(run.getInt("result.rows[0][0]")).isEqualTo(2);
    }

    @Test
    void aFixedErrorBecomesALearningThatTheNextSessionSees() {
        String broken = "SELECT sum(monthly_revenue) FROM fx_customers";
        String fixed = "SELECT sum(mrr) AS total_mrr FROM fx_customers";
        MODEL.script(tool("run_sql_query", "query", broken),
                tool("introspect_schema", "table_name", "fx_customers"),
                tool("run_sql_query", "query", fixed),
                text("Total MRR is 1420."));

        JsonPath first = ask("alice", null, "What is the total monthly revenue of fx customers?");

        assertThat(first.getList("trace.tool_calls.ok")).containsExactly(false, true, true);
        assertThat(MODEL.request(1)).contains("42703").contains("monthly_revenue")
                .contains("Hint: check the tables and columns with introspect_schema");
        assertThat(MODEL.request(2)).contains("mrr numeric");
        List<Integer> saved = first.getList("trace.learnings_saved", Integer.class);
        assertThat(saved).hasSize(1);
        Object lesson = Fixture.scalar("SELECT lesson FROM dash_internal.learnings WHERE id = " + saved.get(0));
        assertThat((String) lesson).contains("monthly_revenue");

        MODEL.script(text("Revenue answer."));
        ask("bob", null, "Show the monthly revenue of fx customers by plan");

        assertThat(MODEL.request(0)).contains("learning:" + saved.get(0)).contains("monthly_revenue");
    }

    @Test
    void theSessionHistoryReachesTheNextQuestion() {
        String session = "history-" + UUID.randomUUID();
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("2 pro customers."));
        ask("alice", session, "How many fx customers are on the pro plan?");

        MODEL.script(text("Acme and Globex."));
        ask("alice", session, "Which ones are they?");

        assertThat(MODEL.request(0)).contains("Q: How many fx customers are on the pro plan?")
                .contains("A: 2 pro customers.").contains("SQL: SELECT count(*) AS pro_customers FROM fx_customers");
    }

    @Test
    void aTransientModelFailureIsRetried() {
        MODEL.script(status(500), text("Hello again."));

        JsonPath run = ask("alice", null, "Hello");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(MODEL.requests()).hasSize(2);
    }

    @Test
    void aRateLimitedCallIsTriedAgainAfterTheRetryAfterItAskedFor() {
        MODEL.script(status(429).retryAfter(RETRY_AFTER_S), text("Hello again."));

        JsonPath run = ask("alice", null, "Hello");

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getString("answer")).isEqualTo("Hello again.");
        assertThat(MODEL.requests()).hasSize(2);
        assertThat(Duration.between(MODEL.arrival(0), MODEL.arrival(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_S)).isLessThan(runs.deadline());
    }

    @Test
    void aModelThatKeepsFailingEndsTheRunWithAClearErrorAndTheRunIsStored() {
        MODEL.script(status(503), status(503), status(503), status(503));
        String session = "failing-" + UUID.randomUUID();

        JsonPath run = ask("alice", session, "How many fx customers are on the pro plan?");

        assertThat(run.getString("status")).isEqualTo("error");
        assertThat(run.getString("error.code")).isEqualTo("model_unavailable");
        assertThat(run.getString("answer")).contains("try again");
        assertThat(MODEL.requests()).hasSize(3);
        JsonPath stored = given().header("X-User-Id", "alice").get("/api/sessions/" + session)
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("runs.status")).containsExactly("error");
        assertThat(stored.getString("runs[0].run_id")).isEqualTo(run.getString("run_id"));
    }

    @Test
    void anApprovedValidatedQueryAnswersWithZeroModelCalls() {
        knowledge.validatedQuery("fx_newest_signup", "Date of the newest fx customer signup",
                "When did the newest fx customer sign up?",
                "SELECT max(signup_date) AS newest_signup FROM fx_customers", List.of("fx_customers"));
        MODEL.script();
        try {
            JsonPath run = ask("alice", null, "When did the newest fx customer sign up?");

            assertThat(run.getString("route")).isEqualTo("fast_path");
            assertThat(run.getString("validated_query")).isEqualTo("fx_newest_signup");
            assertThat(run.getString("answer")).contains("Date of the newest fx customer signup")
                    .contains("Newest signup is Feb 28, 2025.");
            assertThat(run.getList("trace.model_calls")).isEmpty();
            assertThat(MODEL.requests()).isEmpty();
        } finally {
            knowledge.remove("fx_newest_signup");
        }
    }

    @Test
    void streamingEmitsTheRunAsItHappens() {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are 2."));

        String body = given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "How many fx customers are on the pro plan?"))
                .post("/api/ask/stream").then().statusCode(200).extract().asString();

        assertThat(body).containsSubsequence("event: RunStarted", "event: ToolCallStarted", "event: ToolCallCompleted",
                "event: RunContent", "event: RunCompleted");
        String completed = body.substring(body.indexOf("event: RunCompleted"));
        assertThat(completed).contains("\"route\":\"analyst\"").contains("\"content\":\"There are 2.\"");
        assertThat(body.lines().filter(l -> l.startsWith("data:"))).allMatch(l -> l.endsWith("}"));
    }

    static JsonPath ask(String user, String session, String question) {
        Map<String, Object> body = session == null ? Map.of("question", question)
                : Map.of("question", question, "session_id", session);
        return given().header("X-User-Id", user).contentType("application/json").body(body)
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }
}
