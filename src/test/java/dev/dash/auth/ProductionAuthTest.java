package dev.dash.auth;

import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.dash.testsupport.ProductionProfile;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RUNTIME_ENV=prd: bearer JWTs verified with JWT_VERIFICATION_KEY, AgentOS scopes, the subject as the user. */
@QuarkusTest
@TestProfile(ProductionProfile.class)
@WithTestResource(ScriptedModelResource.class)
class ProductionAuthTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @Test
    void healthNeedsNoToken() {
        given().get("/health").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void missingForgedExpiredAndMalformedTokensGet401() {
        error(given().get("/api/sessions").then(), 401, "missing_token")
                .header("WWW-Authenticate", "Bearer").body("detail", equalTo("Authorization header required"));
        String forged = TestTokens.STRANGER.mint("alice", List.of("agent_os:admin"), Duration.ofMinutes(5));
        error(given().header("Authorization", "Bearer " + forged).get("/api/sessions").then(), 401, "invalid_token");
        long now = Instant.now().getEpochSecond();
        String expired = TestTokens.TRUSTED.sign(Jwt.subject("alice").claim("scopes", List.of("agent_os:admin"))
                .claim("iat", now - 3600).claim("exp", now - 300));
        error(given().header("Authorization", "Bearer " + expired).get("/api/sessions").then(), 401, "invalid_token");
        error(given().header("Authorization", "Bearer not.a.token").get("/api/sessions").then(), 401,
                "invalid_token");
        error(given().header("Authorization", "Bearer " + forged).get("/api/no-such-endpoint").then(), 401,
                "invalid_token");
    }

    @Test
    void aTokenWithoutTheScopeGets403NamingIt() {
        String reader = TestTokens.bearer("alice", "knowledge:read", "sessions:read");
        error(given().header("Authorization", reader).delete("/api/knowledge/some-entry").then(), 403,
                "insufficient_scope").body("detail",
                        equalTo("Insufficient permissions. Required scope(s): knowledge:delete"));
        error(given().header("Authorization", reader).delete("/api/learnings/1").then(), 403, "insufficient_scope")
                .body("detail", containsString("learnings:delete"));
        error(given().header("Authorization", reader).contentType("application/json").body(Map.of())
                .post("/api/knowledge/some-entry/approve").then(), 403, "insufficient_scope")
                .body("detail", containsString("knowledge:write"));
        error(given().header("Authorization", reader).contentType("application/json").body(Map.of())
                .post("/api/learnings/1/approve").then(), 403, "insufficient_scope")
                .body("detail", containsString("knowledge:write"));
        error(given().header("Authorization", reader).post("/knowledge/reload").then(), 403, "insufficient_scope");
        error(given().header("Authorization", reader).contentType("application/json")
                .body(Map.of("question", "Hi")).post("/api/ask").then(), 403, "insufficient_scope")
                .body("detail", containsString("teams:dash:run"));
        given().header("Authorization", reader).get("/api/knowledge").then().statusCode(200);
    }

    @Test
    void theRightScopeOrAdminPasses() {
        given().header("Authorization", TestTokens.bearer("ops", "knowledge:delete"))
                .delete("/api/knowledge/no-such-entry").then().statusCode(404).body("code", equalTo("not_found"));
        given().header("Authorization", TestTokens.bearer("ops", "agent_os:admin"))
                .delete("/api/learnings/999999999").then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.TRUSTED.mint("ops", List.of("learnings:delete"),
                Duration.ofMinutes(5))).delete("/api/learnings/999999999").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("reviewer", "knowledge:write"))
                .contentType("application/json").body(Map.of()).post("/api/learnings/999999999/approve").then()
                .statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void theUserIsTheTokensSubjectAndXUserIdIsIgnored() {
        MODEL.script(text("Hello Alice."));
        given().header("Authorization", TestTokens.bearer("alice", "teams:run")).header("X-User-Id", "mallory")
                .contentType("application/json").body(Map.of("question", "Hello"))
                .post("/api/ask").then().statusCode(200).body("user_id", equalTo("alice"));
    }

    @Test
    void oneRunTooManyInFlightGets429AndTheSlotIsFreedAfterwards() throws Exception {
        String alice = TestTokens.bearer("alice-429", "teams:run");
        CountDownLatch release = new CountDownLatch(1);
        MODEL.script(text("Still thinking about it.").holdAfter(1, release));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> given().header("Authorization", alice)
                .contentType("application/json").body(Map.of("question", "Hello")).post("/api/ask").statusCode());
        try {
            await(() -> MODEL.requests().size() == 1);
            error(given().header("Authorization", alice).contentType("application/json")
                    .body(Map.of("question", "Hello again")).post("/api/ask").then(), 429, "too_many_runs")
                    .body("detail", containsString("1 run in progress")).header("Retry-After", equalTo("5"));
        } finally {
            release.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        MODEL.script(text("Hello."));
        given().header("Authorization", alice).contentType("application/json").body(Map.of("question", "Hello"))
                .post("/api/ask").then().statusCode(200);
    }

    @Test
    void agentOsEndpointsNeedAgentOsScopes() {
        given().header("Authorization", TestTokens.bearer("ui", "agents:analyst:read")).get("/agents").then()
                .statusCode(200).body("id", equalTo(List.of("analyst")));
        error(given().header("Authorization", TestTokens.bearer("ui", "teams:read")).get("/agents").then(), 403,
                "insufficient_scope").body("detail", equalTo("Insufficient permissions. Required scope(s): agents:read"));
        given().header("Authorization", TestTokens.bearer("ui", "teams:read")).get("/teams").then().statusCode(200)
                .body("id", equalTo(List.of("dash")));
        error(given().header("Authorization", TestTokens.bearer("ui", "agents:read")).get("/config").then(), 403,
                "insufficient_scope");
        given().header("Authorization", TestTokens.bearer("ui", "system:read")).get("/config").then().statusCode(200);
        error(given().header("Authorization", TestTokens.bearer("ui", "agents:run")).multiPart("message", "Hi")
                .post("/teams/dash/runs").then(), 403, "insufficient_scope")
                .body("detail", containsString("teams:dash:run"));
        error(given().header("Authorization", TestTokens.bearer("ui", "agents:analyst:run")).multiPart("message", "Hi")
                .post("/agents/engineer/runs").then(), 403, "insufficient_scope");
        error(given().multiPart("message", "Hi").post("/teams/dash/runs").then(), 401, "missing_token");
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization").options("/teams/dash/runs").then()
                .statusCode(200).header("Access-Control-Allow-Headers", containsString("authorization"));
    }

    @Test
    void inPrdSessionsBelongToTheTokensSubject() {
        MODEL.script(text("Hello Alice."));
        String session = given().header("Authorization", TestTokens.bearer("alice-s", "teams:run"))
                .contentType("application/json").body(Map.of("question", "Hello")).post("/api/ask").then()
                .statusCode(200).extract().path("session_id");
        String reader = "sessions:read";
        given().header("Authorization", TestTokens.bearer("alice-s", reader)).get("/sessions/" + session).then()
                .statusCode(200);
        given().header("Authorization", TestTokens.bearer("bob-s", reader)).header("X-User-Id", "alice-s")
                .get("/sessions/" + session).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("bob-s", reader)).queryParam("type", "team")
                .get("/sessions").then().statusCode(200).body("data.size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer("bob-s", "sessions:delete")).delete("/sessions/" + session)
                .then().statusCode(404);
        error(given().header("Authorization", TestTokens.bearer("alice-s", reader)).delete("/sessions/" + session)
                .then(), 403, "insufficient_scope");
        given().header("Authorization", TestTokens.bearer("alice-s", "sessions:delete")).delete("/sessions/" + session)
                .then().statusCode(204);
    }

    @Test
    void theBareTokenIsAcceptedAsAgentOsDoes() {
        String bare = TestTokens.TRUSTED.mint("alice", List.of("sessions:read"), Duration.ofMinutes(5));
        given().header("Authorization", bare).get("/api/sessions").then().statusCode(200);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static ValidatableResponse error(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType("application/json").body("code", equalTo(code))
                .body("detail", not(containsString("Exception")));
    }
}
