package dev.dash.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Requests the HTTP layer refuses before an endpoint runs: each still gets the right status and {detail, code}. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class EdgeErrorsTest {

    private static final String BOUNDARY = "dash-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    @Test
    void aFormWithTooManyPartsIs413() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            body.append(part("field" + i, "x"));
        }
        body.append(part("message", "Hi")).append("--").append(BOUNDARY).append("--\r\n");
        given().contentType(MULTIPART).body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/teams/dash/runs").then().statusCode(413)
                .contentType("application/json").body("code", equalTo("payload_too_large"))
                .body("detail", not(emptyOrNullString()));
    }

    @Test
    void aFormWhoseBoundaryDoesNotMatchIs400() {
        String body = part("message", "Hi").replace(BOUNDARY, "another-boundary") + "--another-boundary--\r\n";
        given().contentType(MULTIPART).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/teams/dash/runs").then().statusCode(400)
                .contentType("application/json").body("code", equalTo("bad_request"))
                .body("detail", not(emptyOrNullString()));
    }

    @Test
    void aPathLongerThanTheLimitIs414InJson() {
        given().get("/api/" + "a".repeat(5000)).then().statusCode(414).contentType("application/json")
                .body("code", equalTo("uri_too_long")).body("detail", not(emptyOrNullString()));
    }

    @Test
    void anOversizedMultipartMessageWithoutALengthIs413() throws Exception {
        String body = part("message", "x".repeat(2 * 1024 * 1024)) + "--" + BOUNDARY + "--\r\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/teams/dash/runs")).timeout(Duration.ofSeconds(30)).header("Content-Type", MULTIPART)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
