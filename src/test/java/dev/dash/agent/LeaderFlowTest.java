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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The leader end to end against a scripted model: it answers greetings itself and delegates data to the analyst. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class LeaderFlowTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @BeforeAll
    static void data() {
        Fixture.load();
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
}
