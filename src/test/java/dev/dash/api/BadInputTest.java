package dev.dash.api;

import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a new or hostile user may send: every bad input gets a 4xx with {"detail", "code"} JSON, across endpoints. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("POST", "/api/ask", "[]", 400, "bad_request"),
                Arguments.of("POST", "/api/ask", "{\"question\": {\"text\": \"hi\"}}", 400, "bad_request"),
                Arguments.of("POST", "/api/ask", "{not json", 400, "bad_request"),
                Arguments.of("POST", "/api/ask/stream", "[\"question\"]", 400, "bad_request"),
                Arguments.of("POST", "/api/knowledge/any/approve", "{\"approved\": \"yes\"}", 400, "bad_request"),
                Arguments.of("GET", "/api/learnings?page=2147483647", null, 400, "bad_request"),
                Arguments.of("GET", "/api/learnings?page=abc", null, 400, "bad_request"),
                Arguments.of("GET", "/api/learnings?limit=0", null, 400, "bad_request"),
                Arguments.of("GET", "/api/knowledge?limit=100000", null, 400, "bad_request"),
                Arguments.of("GET", "/api/knowledge?page=-1", null, 400, "bad_request"),
                Arguments.of("GET", "/api/sessions?page=abc", null, 400, "bad_request"),
                Arguments.of("GET", "/api/sessions?limit=201", null, 400, "bad_request"),
                Arguments.of("GET", "/api/no-such-thing", null, 404, "not_found"),
                Arguments.of("DELETE", "/api/ask", null, 405, "method_not_allowed"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("badInputs")
    void aBadInputGetsA4xxInJson(String method, String path, String body, int status, String code) {
        RequestSpecification request = given().contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        request.request(method, path).then().statusCode(status).contentType("application/json")
                .body("code", equalTo(code)).body("detail", not(emptyOrNullString()));
    }

    @Test
    void aQuestionWithANulCharacterIsAnsweredAndStoredWithoutIt() {
        ScriptedModel.get().script(text("Hello."));
        String session = given().contentType("application/json").header("X-User-Id", "erin")
                .body(Map.of("question", "Hello\u0000 there"))
                .post("/api/ask").then().statusCode(200).body("status", equalTo("completed")).extract()
                .path("session_id");
        String name = given().header("X-User-Id", "erin").get("/api/sessions/" + session).then().statusCode(200)
                .extract().jsonPath().getString("name");
        assertThat(name).isEqualTo("Hello there");
    }

    @Test
    void sessionsComeAPageAtATimeWithTheirTotal() {
        String user = "frank-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            ScriptedModel.get().script(text("Hi."));
            given().contentType("application/json").header("X-User-Id", user).body(Map.of("question", "Hi"))
                    .post("/api/ask").then().statusCode(200);
        }
        given().header("X-User-Id", user).get("/api/sessions?limit=2&page=2").then().statusCode(200)
                .body("data.size()", equalTo(1)).body("meta.total_count", equalTo(3))
                .body("meta.total_pages", equalTo(2)).body("meta.page", equalTo(2));
    }
}
