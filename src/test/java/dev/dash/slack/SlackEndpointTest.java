package dev.dash.slack;

import static dev.dash.testsupport.SlackRequests.callback;
import static dev.dash.testsupport.SlackRequests.eventId;
import static dev.dash.testsupport.SlackRequests.message;
import static dev.dash.testsupport.SlackRequests.newTs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SlackRequests;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What /slack/events settles without the agent: Slack's URL challenge and the interface in the AgentOS config,
 * requests refused for their signature, and events Dash leaves alone (threads it is not in, bots, edits).
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SlackEndpointTest {

    private static final FakeSlack SLACK = FakeSlack.get();

    @BeforeEach
    void reset() {
        SLACK.reset();
    }

    @Test
    void answersTheUrlVerificationChallenge() {
        SlackRequests.post("{\"token\":\"x\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}")
                .statusCode(200).body("challenge", equalTo("c-123"));
    }

    @Test
    void theAgentOsConfigListsTheSlackInterface() {
        io.restassured.RestAssured.get("/config").then().statusCode(200)
                .body("interfaces.find { it.type == 'slack' }.route", equalTo("/slack"));
    }

    @Test
    void refusesAWrongSignatureAMissingOneAndAStaleTimestamp() {
        String body = "{\"challenge\":\"c\",\"type\":\"url_verification\"}";
        long now = System.currentTimeMillis() / 1000;
        SlackRequests.post(body, now, "another-secret", null).statusCode(403).body("code", equalTo("invalid_signature"));
        SlackRequests.post(body, now - 301, FakeSlackResource.SIGNING_SECRET, null)
                .statusCode(403).body("code", equalTo("stale_request"));
        io.restassured.RestAssured.given().contentType("application/json").body(body).post("/slack/events")
                .then().statusCode(400).body("code", equalTo("missing_signature"));
        assertThat(SLACK.calls()).isEmpty();
    }

    @Test
    void aReplyInAThreadDashNeverAnsweredIsLeftAlone() {
        SlackRequests.post(callback(eventId(), message("C1", "channel", "U1", "lunch?", newTs(), newTs())))
                .statusCode(200);
        SlackRequests.post(callback(eventId(), message("C1", "channel", "U1", "a plain channel message", newTs(),
                null))).statusCode(200);
        assertThat(SLACK.calls()).isEmpty();
    }

    @Test
    void messagesFromBotsAndFromDashItselfAreIgnored() {
        SlackRequests.post(callback(eventId(), """
                {"type":"message","channel":"D3","channel_type":"im","bot_id":"B_DASH","text":"Working on it","ts":"%s"}"""
                .formatted(newTs()))).statusCode(200);
        SlackRequests.post(callback(eventId(), message("D3", "im", "U_DASH", "my own answer", newTs(), null)))
                .statusCode(200);
        SlackRequests.post(callback(eventId(), """
                {"type":"message","subtype":"message_changed","channel":"D3","channel_type":"im","ts":"%s",
                 "message":{"user":"U1","text":"edited"}}""".formatted(newTs()))).statusCode(200);
        assertThat(SLACK.calls()).isEmpty();
        assertThat(Fixture.scalar("SELECT count(*) FROM dash_internal.sessions WHERE id LIKE 'D3:%'"))
                .isEqualTo(0L);
    }
}
