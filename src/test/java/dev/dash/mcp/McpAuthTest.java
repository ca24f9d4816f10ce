package dev.dash.mcp;

import static dev.dash.mcp.McpClients.call;
import static dev.dash.mcp.McpClients.structured;
import static dev.dash.mcp.McpClients.text;
import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.testsupport.ProductionProfile;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestTokens;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RUNTIME_ENV=prd: /mcp wants a bearer JWT with teams:dash:run, as POST /api/ask does; the subject is the user. */
@QuarkusTest
@TestProfile(ProductionProfile.class)
@WithTestResource(ScriptedModelResource.class)
class McpAuthTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String INITIALIZE = """
            {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18",
             "capabilities": {}, "clientInfo": {"name": "curl", "version": "1"}}}""";

    @TestHTTPResource("/")
    URI base;

    @Test
    void withoutATokenOrTheScopeTheEndpointRefusesInJson() {
        initialize(given()).then().statusCode(401).contentType("application/json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("missing_token"));
        initialize(given().header("Authorization", "Bearer not.a.token")).then().statusCode(401)
                .body("code", equalTo("invalid_token"));
        initialize(given().header("Authorization", TestTokens.bearer("mallory", "knowledge:read"))).then()
                .statusCode(403).body("code", equalTo("insufficient_scope"))
                .body("detail", containsString("teams:dash:run"));
    }

    @Test
    void aValidTokenConnectsAndItsSubjectAsks() {
        MODEL.script(text("Hello Alice."));
        McpSyncClient client = McpClients.connect(base, "Authorization", TestTokens.bearer("alice", "teams:run"));
        try {
            CallToolResult result = call(client, "ask_dash", Map.of("question", "Hello"));

            assertThat(result.isError()).isFalse();
            assertThat(text(result)).isEqualTo("Hello Alice.");
            assertThat(structured(result)).containsEntry("user_id", "alice");
        } finally {
            client.closeGracefully();
        }
    }

    private static io.restassured.response.Response initialize(RequestSpecification request) {
        return request.contentType("application/json").accept("application/json, text/event-stream").body(INITIALIZE)
                .post("/mcp");
    }
}
