package dev.dash.agent;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ProductionProfile;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Building needs agents:engineer:run: without it a build request is answered with what scope it needs and no model
 * call, and the leader is neither told of the Engineer nor able to delegate to it.
 */
@QuarkusTest
@TestProfile(ProductionProfile.class)
@WithTestResource(ScriptedModelResource.class)
class EngineerScopeTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String ASK = "teams:dash:run";
    private static final String BUILD = "agents:engineer:run";
    private static final String VIEW = "dash.fx_scope_probe";
    private static final String CREATE = "CREATE VIEW " + VIEW + " AS SELECT id FROM public.fx_customers";

    @BeforeEach
    void data() {
        Fixture.load();
        Fixture.execute("DROP VIEW IF EXISTS " + VIEW);
    }

    @Test
    void aBuildRequestWithoutTheScopeSaysWhichScopeItNeeds() {
        MODEL.script(tool("run_sql_query", "query", CREATE), text("Created."));

        JsonPath run = ask("carol", "Create a view of the pro fx customers", ASK);

        assertThat(run.getString("route")).isEqualTo("engineer");
        assertThat(run.getString("status")).isEqualTo("error");
        assertThat(run.getString("error.code")).isEqualTo("insufficient_scope");
        assertThat(run.getString("answer")).contains(BUILD);
        assertThat(MODEL.requests()).isEmpty();
        assertThat(Fixture.scalar("SELECT to_regclass('" + VIEW + "') IS NULL")).isEqualTo(true);
    }

    @Test
    void withTheScopeTheEngineerBuilds() {
        MODEL.script(tool("run_sql_query", "query", CREATE), text("Created."));

        JsonPath run = ask("dave", "Create a view of the pro fx customers", ASK, BUILD);

        assertThat(run.getString("status")).isEqualTo("completed");
        assertThat(run.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT to_regclass('" + VIEW + "') IS NOT NULL")).isEqualTo(true);
    }

    @Test
    void theLeaderIsNotOfferedTheEngineerWithoutTheScope() {
        MODEL.script(tool("delegate_task_to_member", "member_id", "engineer", "task", CREATE),
                text("I cannot build that for you."));

        JsonPath run = ask("carol", "Hello! What can you do for me?", ASK);

        assertThat(run.getString("route")).isEqualTo("leader");
        assertThat(MODEL.request(0)).doesNotContain("engineer: builds views").contains(BUILD);
        assertThat(run.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(run.getList("trace.model_calls.agent")).doesNotContain("engineer");
        assertThat(MODEL.request(1)).contains("needs the " + BUILD + " scope");
        assertThat(Fixture.scalar("SELECT to_regclass('" + VIEW + "') IS NULL")).isEqualTo(true);
    }

    @Test
    void theLeaderOffersTheEngineerWithTheScope() {
        MODEL.script(text("Hello."));

        ask("dave", "Hello! What can you do for me?", ASK, BUILD);

        assertThat(MODEL.request(0)).contains("engineer: builds views");
    }

    private static JsonPath ask(String user, String question, String... scopes) {
        return given().header("Authorization", TestTokens.bearer(user, scopes)).contentType("application/json")
                .body(Map.of("question", question)).post("/api/ask").then().statusCode(200).extract().jsonPath();
    }
}
