package dev.dash.agent;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Posts a question to /api/ask as a user, in a session or a new one, and returns the run it answered. */
final class AskRequests {

    private AskRequests() {
    }

    static JsonPath ask(String user, String session, String question) {
        Map<String, Object> body = session == null ? Map.of("question", question)
                : Map.of("question", question, "session_id", session);
        return given().header("X-User-Id", user).contentType("application/json").body(body)
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }
}
