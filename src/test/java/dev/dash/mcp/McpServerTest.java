package dev.dash.mcp;

import static dev.dash.mcp.McpClients.call;
import static dev.dash.mcp.McpClients.structured;
import static dev.dash.mcp.McpClients.text;
import static dev.dash.testsupport.Fixture.PRO_COUNT;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An MCP client (the SDK's) over Streamable HTTP lists Dash's tools and calls each one, in dev (X-User-Id). */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class McpServerTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String USER = "mcp-alice";
    private static final String NEWEST_SIGNUP = "When did the newest fx customer sign up?";

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestKnowledge knowledge;

    private McpSyncClient client;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void connect() {
        knowledge.validatedQuery("fx_newest_signup", "Date of the newest fx customer signup", NEWEST_SIGNUP,
                "SELECT max(signup_date) AS newest_signup FROM fx_customers", List.of("fx_customers"));
        client = McpClients.connect(base, "X-User-Id", USER);
    }

    @AfterEach
    void close() {
        client.closeGracefully();
        knowledge.remove("fx_newest_signup");
    }

    @Test
    void theFourToolsAreListedWithTheirSchemas() {
        assertThat(client.getServerInfo().name()).isEqualTo("dash");
        List<McpSchema.Tool> tools = client.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("ask_dash",
                "list_validated_queries", "run_validated_query", "describe_table");
        McpSchema.Tool ask = tools.stream().filter(t -> t.name().equals("ask_dash")).findFirst().orElseThrow();
        assertThat(ask.description()).contains("question");
        assertThat(ask.inputSchema()).containsEntry("required", List.of("question"));
    }

    @Test
    void askDashAnswersAKnownQuestionWithoutAModelAndStoresTheRunViaMcp() {
        MODEL.script();
        CallToolResult result = call(client, "ask_dash", Map.of("question", NEWEST_SIGNUP));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("Newest signup is **Feb 28, 2025**.");
        Map<String, Object> run = structured(result);
        assertThat(run).containsEntry("route", "fast_path").containsEntry("user_id", USER)
                .containsEntry("validated_query", "fx_newest_signup").containsEntry("status", "completed");
        assertThat(MODEL.requests()).isEmpty();
        assertThat(Fixture.scalar("SELECT via FROM dash_internal.sessions WHERE id = '" + run.get("session_id") + "'"))
                .isEqualTo("mcp");
        assertThat(Fixture.scalar("SELECT user_id FROM dash_internal.runs WHERE id = '" + run.get("run_id") + "'"))
                .isEqualTo(USER);
    }

    @Test
    void askDashGoesThroughTheAgentsAndContinuesASession() {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are 2 customers on the pro plan."));
        CallToolResult first = call(client, "ask_dash",
                Map.of("question", "How many fx customers are on the pro plan?"));

        assertThat(first.isError()).isFalse();
        assertThat(text(first)).isEqualTo("There are 2 customers on the pro plan.");
        assertThat(structured(first)).containsEntry("route", "analyst");
        assertThat(structured(first).get("sql")).isEqualTo(List.of(PRO_COUNT + "\nLIMIT 50"));

        MODEL.script(text("Both are on the pro plan since 2024."));
        String session = (String) structured(first).get("session_id");
        CallToolResult next = call(client, "ask_dash", Map.of("question", "Since when?", "session_id", session));
        assertThat(structured(next)).containsEntry("session_id", session);
        assertThat(MODEL.request(0)).contains("How many fx customers are on the pro plan?");
    }

    @Test
    void askDashRefusalsAreToolErrors() {
        assertThat(call(client, "ask_dash", Map.of()).isError()).isTrue();
        CallToolResult unknown = call(client, "ask_dash", Map.of("question", "Hi", "session_id", "no-such-session"));
        assertThat(unknown.isError()).isTrue();
        assertThat(text(unknown)).contains("No session no-such-session");
    }

    @Test
    void validatedQueriesAreListedAndRunByName() {
        CallToolResult listed = call(client, "list_validated_queries", Map.of());
        assertThat(text(listed)).contains("- fx_newest_signup: Date of the newest fx customer signup");
        @SuppressWarnings("unchecked")
        var queries = (List<Map<String, Object>>) structured(listed).get("queries");
        assertThat(queries).anySatisfy(q -> assertThat(q).containsEntry("name", "fx_newest_signup")
                .containsEntry("questions", List.of(NEWEST_SIGNUP)));

        CallToolResult ran = call(client, "run_validated_query", Map.of("name", "fx_newest_signup"));
        assertThat(ran.isError()).isFalse();
        assertThat(text(ran)).contains("newest_signup").contains("2025-02-28").contains("(1 row)");
        assertThat(structured(ran)).extractingByKey("result").asString().contains("2025-02-28");

        CallToolResult unknown = call(client, "run_validated_query", Map.of("name", "no_such_query"));
        assertThat(unknown.isError()).isTrue();
        assertThat(text(unknown)).contains("No validated query named 'no_such_query'");
    }

    @Test
    void describeTableGivesColumnsAndSamplesAndAnErrorForAnUnknownTable() {
        CallToolResult table = call(client, "describe_table", Map.of("name", "fx_customers"));
        assertThat(table.isError()).isFalse();
        assertThat(text(table)).contains("public.fx_customers columns:").contains("- plan text").contains("Hooli");

        CallToolResult unknown = call(client, "describe_table", Map.of("name", "no_such_table"));
        assertThat(unknown.isError()).isTrue();
        assertThat(text(unknown)).contains("No table or view named no_such_table");
    }
}
