package dev.dash.agentos;

import static dev.dash.testsupport.ScriptedModel.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What agent-ui and the control plane read before and around a run, replayed as they send it: the bearer header,
 * {@code Content-Type: application/json}, and the query parameters of src/api/routes.ts and os.ts.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class AgentOsCatalogAndSessionsTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @Test
    void loadOrderHealthTeamsAgentsDescribesTheTeamAndItsMembers() {
        ui(null).get("/health").then().statusCode(200).body("status", equalTo("ok"))
                .body("instantiated_at", notNullValue());
        ui(null).get("/teams").then().statusCode(200).contentType("application/json")
                .body("id", containsInAnyOrder("dash")).body("[0].name", equalTo("Dash"))
                .body("[0].db_id", equalTo("dash")).body("[0].model.provider", notNullValue())
                .body("[0].members.id", containsInAnyOrder("analyst", "engineer"));
        ui(null).get("/agents").then().statusCode(200).contentType("application/json")
                .body("id", containsInAnyOrder("analyst", "engineer")).body("db_id", containsInAnyOrder("dash", "dash"))
                .body("[0].model.model", notNullValue());
        ui(null).get("/agents/engineer").then().statusCode(200).body("id", equalTo("engineer"))
                .body("tools.name", hasItem("run_sql_query"));
        ui(null).get("/teams/dash").then().statusCode(200).body("mode", equalTo("coordinate"));
        ui(null).get("/agents/nobody").then().statusCode(404).body("code", equalTo("not_found"))
                .body("detail", notNullValue());
    }

    @Test
    void configAndModelsDescribeThisOs() {
        ui(null).get("/config").then().statusCode(200).body("os_id", equalTo("dash"))
                .body("os_database", equalTo("dash")).body("databases", containsInAnyOrder("dash"))
                .body("session.dbs[0].db_id", equalTo("dash"))
                .body("session.dbs[0].domain_config.display_name", equalTo("Sessions"))
                .body("agents.id", containsInAnyOrder("analyst", "engineer")).body("teams[0].id", equalTo("dash"))
                .body("teams[0].db_id", equalTo("dash")).body("chat.quick_prompts.dash.size()", not(equalTo(0)))
                .body("workflows.size()", equalTo(0)).body("interfaces.size()", equalTo(0));
        ui(null).get("/models").then().statusCode(200).body("[0].id", notNullValue())
                .body("[0].provider", notNullValue());
    }

    @Test
    void aUserListsOpensRenamesAndDeletesOnlyTheirOwnSessions() {
        MODEL.script(text("Hello Alice."));
        String session = given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "Hello there")).post("/api/ask").then().statusCode(200).extract()
                .path("session_id");

        ui("alice").queryParam("type", "team").queryParam("component_id", "dash").queryParam("db_id", "dash")
                .get("/sessions").then().statusCode(200).contentType("application/json")
                .body("data.session_id", hasItem(session)).body("meta.page", equalTo(1))
                .body("meta.limit", equalTo(20)).body("meta.total_count", notNullValue())
                .body("meta.total_pages", notNullValue())
                .body("data.find { it.session_id == '" + session + "' }.session_name", equalTo("Hello there"))
                .body("data.find { it.session_id == '" + session + "' }.created_at", notNullValue());
        ui("alice").queryParam("type", "agent").queryParam("component_id", "analyst").queryParam("db_id", "dash")
                .get("/sessions").then().statusCode(200).body("data.session_id", not(hasItem(session)));
        ui("bob").queryParam("type", "team").queryParam("component_id", "dash").queryParam("db_id", "dash")
                .get("/sessions").then().statusCode(200).body("data.session_id", not(hasItem(session)));

        ui("alice").queryParam("type", "team").queryParam("db_id", "dash").get("/sessions/" + session + "/runs")
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].run_input", equalTo("Hello there"))
                .body("[0].content", equalTo("Hello Alice.")).body("[0].team_id", equalTo("dash"))
                .body("[0].created_at", notNullValue())
                .body("[0].response.answer", equalTo("Hello Alice."));
        ui("bob").queryParam("type", "team").queryParam("db_id", "dash").get("/sessions/" + session + "/runs")
                .then().statusCode(404).body("code", equalTo("not_found"));
        ui("alice").queryParam("type", "team").get("/sessions/" + session).then().statusCode(200)
                .body("team_id", equalTo("dash")).body("user_id", equalTo("alice"))
                .body("chat_history.role", containsInAnyOrder("user", "assistant"));
        ui("bob").get("/sessions/" + session).then().statusCode(404);

        ui("bob").body(Map.of("session_name", "Taken")).post("/sessions/" + session + "/rename").then()
                .statusCode(404);
        ui("alice").body(Map.of("session_name", "Greetings")).post("/sessions/" + session + "/rename").then()
                .statusCode(200).body("session_name", equalTo("Greetings"));
        ui("alice").body(Map.of()).post("/sessions/" + session + "/rename").then().statusCode(400);

        ui("bob").queryParam("db_id", "dash").delete("/sessions/" + session).then().statusCode(404);
        ui("alice").queryParam("db_id", "dash").delete("/sessions/" + session).then().statusCode(204);
        ui("alice").get("/sessions/" + session).then().statusCode(404);
    }

    @Test
    void sessionListingsAreBounded() {
        for (String bad : new String[] {"limit=-1", "limit=100000", "page=0", "type=workflow"}) {
            ui("alice").get("/sessions?" + bad).then().statusCode(400).body("code", equalTo("bad_request"));
        }
    }

    @Test
    void agentUisPreflightIsAnsweredWithItsHeadersEchoed() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-user-id")
                .options("/teams").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Headers", containsString("authorization"));
        given().header("Origin", "http://localhost:3000").get("/health").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        String other = given().header("Origin", "https://elsewhere.example").get("/health").then().extract()
                .header("Access-Control-Allow-Origin");
        assertThat(other).isNull();
    }

    /** A request as agent-ui's createHeaders builds it; in dev the user comes from X-User-Id. */
    private static RequestSpecification ui(String user) {
        RequestSpecification request = given().contentType("application/json").header("Authorization",
                "Bearer ignored-in-dev");
        return user == null ? request : request.header("X-User-ID", user);
    }
}
