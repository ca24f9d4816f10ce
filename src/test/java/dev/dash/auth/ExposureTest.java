package dev.dash.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.ProductionProfile;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What prd shows without a token: /health says only ok or unavailable, /q/* is not on the API port but on the
 * management interface, and requests to made-up paths cannot fill the metrics' URI tags.
 */
@QuarkusTest
@TestProfile(ProductionProfile.class)
@WithTestResource(ScriptedModelResource.class)
class ExposureTest {

    private static final Pattern URI_TAG =
            Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");
    private static final String CONFIG_READER = TestTokens.bearer("ops", "config:read");

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @Test
    void healthWithoutATokenSaysOnlyWhetherTheServiceIsUp() {
        Map<String, Object> body = given().get("/health").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(body).containsOnlyKeys("status").containsEntry("status", "ok");
        Map<String, Object> forged = given().header("Authorization", "Bearer " + TestTokens.STRANGER.mint("ops",
                List.of("agent_os:admin"), Duration.ofMinutes(5))).get("/health").then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertThat(forged).containsOnlyKeys("status");
        Map<String, Object> otherScope = given().header("Authorization", TestTokens.bearer("ops", "sessions:read"))
                .get("/health").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(otherScope).containsOnlyKeys("status");
    }

    @Test
    void healthWithAConfigReaderTokenGivesTheDetail() {
        var body = given().header("Authorization", CONFIG_READER).get("/health").then().statusCode(200).extract()
                .jsonPath();
        assertThat(body.getString("status")).isEqualTo("ok");
        assertThat(body.getBoolean("database.ready")).isTrue();
        assertThat(body.getMap("database.pools")).containsKeys("default", "analyst", "engineer");
        assertThat(body.getString("model.mode")).isNotBlank();
    }

    @Test
    void quarkusEndpointsAreNotOnTheApiPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.asString()).as(path).doesNotContain("jvm_").doesNotContain("\"checks\"");
        }
    }

    @Test
    void theApiDocumentsStayOnTheApiPort() {
        given().get("/openapi.json").then().statusCode(200);
        given().get("/docs").then().statusCode(200);
    }

    @Test
    void theManagementInterfaceServesMetricsAndReadiness() {
        assertThat(managementMetrics.getPort()).isNotEqualTo(RestAssured.port);
        given().get(managementMetrics).then().statusCode(200);
        given().get(managementReadiness).then().statusCode(200);
    }

    @Test
    void madeUpPathsDoNotFillTheUriTagsAndRealRoutesAreStillRecorded() {
        for (int i = 0; i < 150; i++) {
            given().get("/made-up-" + i).then().statusCode(401);
            given().header("Authorization", TestTokens.bearer("ops", "agent_os:admin")).get("/api/made-up-" + i)
                    .then().statusCode(404);
            given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                    .options("/preflight-" + i);
        }
        given().header("Authorization", TestTokens.bearer("ops", "sessions:read")).get("/api/sessions").then()
                .statusCode(200);

        String metrics = given().get(managementMetrics).then().statusCode(200).extract().asString();
        var uris = URI_TAG.matcher(metrics).results().map(m -> m.group(1)).distinct().toList();
        assertThat(uris).noneMatch(uri -> uri.contains("made-up") || uri.contains("preflight"))
                .contains("/api/sessions").hasSizeLessThan(60);
    }
}
