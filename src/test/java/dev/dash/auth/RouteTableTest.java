package dev.dash.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Endpoints;
import dev.dash.testsupport.ProductionProfile;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route and method in prd, with no token, a token without the scope and one with it: each is decided by
 * {@code auth/scopes.txt}, HEAD like GET, and a route no rule names is refused. The JAX-RS endpoints are found by
 * reflection, so a new endpoint without a row here (and a rule there) fails {@link #everyEndpointHasARow()}.
 */
@QuarkusTest
@TestProfile(ProductionProfile.class)
@WithTestResource(ScriptedModelResource.class)
class RouteTableTest {

    private static final String OPEN = "open";
    private static final Set<String> AUTH_CODES = Set.of("missing_token", "invalid_token", "insufficient_scope");
    /** A valid token that grants nothing Dash checks. */
    private static final String NO_SCOPES = TestTokens.bearer("mallory");
    private static final String OTHER_SCOPE = TestTokens.bearer("mallory", "memories:read");

    /** METHOD, the endpoint's template, a concrete path, the scope a token needs there. */
    record Row(String method, String template, String path, String scope) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("GET", "/health", "/health", OPEN),
            new Row("GET", "/config", "/config", "config:read"),
            new Row("GET", "/models", "/models", "config:read"),
            new Row("GET", "/agents", "/agents", "agents:read"),
            new Row("GET", "/agents/{id}", "/agents/analyst", "agents:analyst:read"),
            new Row("GET", "/teams", "/teams", "teams:read"),
            new Row("GET", "/teams/{id}", "/teams/dash", "teams:dash:read"),
            new Row("POST", "/agents/{id}/runs", "/agents/analyst/runs", "agents:analyst:run"),
            new Row("POST", "/teams/{id}/runs", "/teams/dash/runs", "teams:dash:run"),
            new Row("GET", "/sessions", "/sessions", "sessions:read"),
            new Row("GET", "/sessions/{id}", "/sessions/no-such-session", "sessions:read"),
            new Row("GET", "/sessions/{id}/runs", "/sessions/no-such-session/runs", "sessions:read"),
            new Row("POST", "/sessions/{id}/rename", "/sessions/no-such-session/rename", "sessions:write"),
            new Row("DELETE", "/sessions/{id}", "/sessions/no-such-session", "sessions:delete"),
            new Row("POST", "/knowledge/reload", "/knowledge/reload", "knowledge:write"),
            new Row("POST", "/api/ask", "/api/ask", "teams:dash:run"),
            new Row("POST", "/api/ask/stream", "/api/ask/stream", "teams:dash:run"),
            new Row("GET", "/api/sessions", "/api/sessions", "sessions:read"),
            new Row("GET", "/api/sessions/{id}", "/api/sessions/no-such-session", "sessions:read"),
            new Row("POST", "/api/sessions/{id}/rename", "/api/sessions/no-such-session/rename", "sessions:write"),
            new Row("DELETE", "/api/sessions/{id}", "/api/sessions/no-such-session", "sessions:delete"),
            new Row("GET", "/api/knowledge", "/api/knowledge", "knowledge:read"),
            new Row("GET", "/api/knowledge/{id}", "/api/knowledge/no-such-entry", "knowledge:read"),
            new Row("POST", "/api/knowledge/{id}/approve", "/api/knowledge/no-such-entry/approve", "knowledge:write"),
            new Row("DELETE", "/api/knowledge/{id}", "/api/knowledge/no-such-entry", "knowledge:delete"),
            new Row("GET", "/api/learnings", "/api/learnings", "learnings:read"),
            new Row("GET", "/api/learnings/{id}", "/api/learnings/999999999", "learnings:read"),
            new Row("POST", "/api/learnings/{id}/approve", "/api/learnings/999999999/approve", "knowledge:write"),
            new Row("DELETE", "/api/learnings/{id}", "/api/learnings/999999999", "learnings:delete"),
            new Row("GET", "/api/runs/{run_id}/chart.png",
                    "/api/runs/00000000-0000-0000-0000-000000000000/chart.png", "sessions:read"),
            new Row("GET", "/api/reports", "/api/reports", "schedules:read"),
            new Row("POST", "/slack/events", "/slack/events", OPEN),
            // Not JAX-RS: the page, its scripts and the API's documents.
            new Row("GET", "", "/", OPEN),
            new Row("GET", "", "/index.html", OPEN),
            new Row("GET", "", "/app/main.js", OPEN),
            new Row("GET", "", "/openapi.json", OPEN),
            new Row("GET", "", "/docs", OPEN),
            // The MCP endpoint (a servlet): Streamable HTTP's three methods.
            new Row("POST", "", "/mcp", "teams:dash:run"),
            new Row("GET", "", "/mcp", "teams:dash:run"),
            new Row("DELETE", "", "/mcp", "teams:dash:run"));

    @Test
    void everyEndpointHasARow() {
        Set<String> rows = new TreeSet<>();
        ROWS.forEach(row -> rows.add(row.method() + " " + row.template()));
        assertThat(Endpoints.all()).allSatisfy(endpoint -> assertThat(rows).as("a row (and a line in auth/scopes.txt) "
                + "for the endpoint").contains(endpoint));
    }

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    static Stream<Row> readRows() {
        return ROWS.stream().filter(row -> row.method().equals("GET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void withoutATokenOnlyOpenRoutesAnswer(Row row) {
        Response response = send(row.method(), row.path(), null);
        if (OPEN.equals(row.scope())) {
            assertPassed(row, response);
        } else {
            assertRefused(row, response, 401, "missing_token");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aTokenWithoutTheScopeIsRefusedAndOneWithItPasses(Row row) {
        if (OPEN.equals(row.scope())) {
            assertPassed(row, send(row.method(), row.path(), NO_SCOPES));
            return;
        }
        assertRefused(row, send(row.method(), row.path(), NO_SCOPES), 403, "insufficient_scope");
        assertRefused(row, send(row.method(), row.path(), OTHER_SCOPE), 403, "insufficient_scope");
        assertPassed(row, send(row.method(), row.path(), TestTokens.bearer("ops", row.scope())));
    }

    @ParameterizedTest(name = "HEAD {1}")
    @MethodSource("readRows")
    void headIsDecidedLikeGet(Row row) {
        if (OPEN.equals(row.scope())) {
            assertPassed(row, send("HEAD", row.path(), null));
            return;
        }
        assertThat(send("HEAD", row.path(), null).statusCode()).as("HEAD %s without a token", row.path())
                .isEqualTo(401);
        assertThat(send("HEAD", row.path(), NO_SCOPES).statusCode()).as("HEAD %s without the scope", row.path())
                .isEqualTo(403);
        assertThat(send("HEAD", row.path(), TestTokens.bearer("ops", row.scope())).statusCode())
                .as("HEAD %s with %s", row.path(), row.scope()).isNotIn(401, 403);
    }

    @Test
    void aRouteOrMethodNoRuleNamesIsRefusedEvenForAnAdmin() {
        String admin = TestTokens.bearer("ops", "agent_os:admin");
        for (String[] request : new String[][] {{"GET", "/api/no-such-endpoint"}, {"PUT", "/api/ask"},
                {"POST", "/api/knowledge"}, {"PATCH", "/config"}, {"DELETE", "/api/reports"}}) {
            assertRefused(new Row(request[0], "", request[1], "none"), send(request[0], request[1], null), 401,
                    "missing_token");
            Response response = send(request[0], request[1], admin);
            assertThat(response.statusCode()).as("%s %s as admin", request[0], request[1]).isEqualTo(404);
            assertThat(response.jsonPath().getString("code")).isEqualTo("not_found");
        }
    }

    private static Response send(String method, String path, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", token);
        }
        if (method.equals("POST") && path.endsWith("/runs")) {
            request.multiPart("stream", "false");
        } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }

    /** Past the auth filter: an endpoint's own answer (Slack's signature check may say 401 in its own words). */
    private static void assertPassed(Row row, Response response) {
        assertThat(code(response)).as("%s passes auth (%s)", row, response.statusCode()).isNotIn(AUTH_CODES);
        if (code(response) == null) {
            assertThat(response.statusCode()).as("%s passes auth", row).isNotIn(401, 403);
        }
    }

    private static void assertRefused(Row row, Response response, int status, String code) {
        assertThat(response.statusCode()).as("%s refused", row).isEqualTo(status);
        assertThat(code(response)).as("%s refused", row).isEqualTo(code);
    }

    private static String code(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("application/json") && !response.asString().isEmpty()
                && response.asString().startsWith("{") ? response.jsonPath().getString("code") : null;
    }
}
