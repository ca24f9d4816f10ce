package dev.dash.api;

import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sessions belong to their user; malformed requests get a clear 400. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class SessionApiTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @Test
    void aUserNeverReadsRenamesOrDeletesAnotherUsersSession() {
        MODEL.script(text("Hello Carol."));
        String session = given().header("X-User-Id", "carol").contentType("application/json")
                .body(Map.of("question", "Hello")).post("/api/ask").then().statusCode(200)
                .body("user_id", equalTo("carol")).extract().path("session_id");

        given().header("X-User-Id", "carol").get("/api/sessions/" + session).then().statusCode(200)
                .body("runs.size()", equalTo(1)).body("runs[0].answer", equalTo("Hello Carol."))
                .body("runs[0].question", equalTo("Hello"));
        assertThat(given().header("X-User-Id", "carol").get("/api/sessions").then().statusCode(200).extract()
                .jsonPath().getList("data.session_id")).contains(session);

        given().header("X-User-Id", "dave").get("/api/sessions/" + session).then().statusCode(404)
                .body("code", equalTo("not_found")).body("detail", notNullValue());
        assertThat(given().header("X-User-Id", "dave").get("/api/sessions?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("data.session_id")).doesNotContain(session);
        given().header("X-User-Id", "dave").contentType("application/json").body(Map.of("session_name", "Mine now"))
                .post("/api/sessions/" + session + "/rename").then().statusCode(404).body("code", equalTo("not_found"));
        given().header("X-User-Id", "dave").contentType("application/json")
                .body(Map.of("question", "Hello", "session_id", session))
                .post("/api/ask").then().statusCode(404).body("code", equalTo("not_found"));
        given().header("X-User-Id", "dave").contentType("application/json")
                .body(Map.of("question", "Hello", "session_id", session))
                .post("/api/ask/stream").then().statusCode(404).body("code", equalTo("not_found"));
        given().header("X-User-Id", "dave").delete("/api/sessions/" + session).then().statusCode(404);

        given().header("X-User-Id", "carol").contentType("application/json").body(Map.of("session_name", "Greetings"))
                .post("/api/sessions/" + session + "/rename").then().statusCode(200)
                .body("name", equalTo("Greetings"));
        given().header("X-User-Id", "carol").get("/api/sessions/" + session).then().statusCode(200)
                .body("name", equalTo("Greetings")).body("runs.size()", equalTo(1));
        given().header("X-User-Id", "carol").delete("/api/sessions/" + session).then().statusCode(204);
        given().header("X-User-Id", "carol").get("/api/sessions/" + session).then().statusCode(404);
    }

    @Test
    void listingsArePagedWithinBounds() {
        String user = "pager-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            MODEL.script(text("Answer " + i));
            given().header("X-User-Id", user).contentType("application/json").body(Map.of("question", "Hi " + i))
                    .post("/api/ask").then().statusCode(200);
        }
        given().header("X-User-Id", user).get("/api/sessions?limit=2&page=2").then().statusCode(200)
                .body("data.size()", equalTo(1)).body("meta.total_count", equalTo(3))
                .body("meta.total_pages", equalTo(2)).body("meta.page", equalTo(2));
        for (String bad : new String[] {"limit=-1", "limit=0", "limit=100000", "page=0", "page=-3"}) {
            given().header("X-User-Id", user).get("/api/sessions?" + bad).then().statusCode(400)
                    .body("code", equalTo("bad_request"));
        }
    }

    @Test
    void aBodyOverTheSizeLimitGets413() {
        String huge = "x".repeat(1_100_000);
        given().contentType("application/json").body(Map.of("question", huge)).post("/api/ask").then()
                .statusCode(413).contentType("application/json").body("code", equalTo("payload_too_large"))
                .body("detail", notNullValue());
    }

    @Test
    void withoutAUserHeaderTheUserIsDev() {
        MODEL.script(text("Hi."));
        given().contentType("application/json").body(Map.of("question", "Hi"))
                .post("/api/ask").then().statusCode(200).body("user_id", equalTo("dev"));
    }

    @Test
    void malformedRequestsGetAClear400() {
        given().contentType("application/json").body("{not json").post("/api/ask").then().statusCode(400)
                .body("code", equalTo("bad_request")).body("detail", notNullValue());
        given().contentType("application/json").body(Map.of("session_id", "x")).post("/api/ask").then()
                .statusCode(400).body("detail", equalTo("Field 'question' is required and must not be empty"));
        given().contentType("application/json").body(Map.of("question", "  ")).post("/api/ask/stream").then()
                .statusCode(400).body("code", equalTo("bad_request"));
        given().contentType("application/json").post("/api/ask").then().statusCode(400)
                .body("code", equalTo("bad_request"));
    }

    @Test
    void healthSaysTheModelIsOnline() {
        given().get("/health").then().statusCode(200).body("model.mode", equalTo("online"));
    }
}
