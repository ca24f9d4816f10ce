package dev.dash.testsupport;

import static io.restassured.RestAssured.given;

import com.slack.api.app_backend.SlackSignature;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/**
 * Events API bodies as Slack writes them, posted to /slack/events signed as Slack signs them (v0 HMAC-SHA256 over
 * "v0:ts:body").
 */
public final class SlackRequests {

    private SlackRequests() {
    }

    public static ValidatableResponse post(String body) {
        return post(body, System.currentTimeMillis() / 1000, FakeSlackResource.SIGNING_SECRET, null);
    }

    public static ValidatableResponse post(String body, long timestamp, String secret, String retryNum) {
        String ts = String.valueOf(timestamp);
        var request = given().contentType("application/json").body(body)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                        new SlackSignature.Generator(secret).generate(ts, body));
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return request.post("/slack/events").then();
    }

    /** An event_callback envelope around one event, with Dash's bot user U_DASH in its authorizations. */
    public static String callback(String eventId, String eventJson) {
        return """
                {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s",
                 "event_time":1800000000,"authorizations":[{"team_id":"T1","user_id":"U_DASH","is_bot":true}],
                 "event":%s}""".formatted(eventId, eventJson);
    }

    /** A message event, in a thread when {@code threadTs} is given. */
    public static String message(String channel, String channelType, String user, String text, String ts,
            String threadTs) {
        return """
                {"type":"message","channel":"%s","channel_type":"%s","user":"%s","text":"%s","ts":"%s"%s}"""
                .formatted(channel, channelType, user, text, ts,
                        threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"");
    }

    /** A fresh event id, as Slack gives each event. */
    public static String eventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A fresh message timestamp of now, as Slack writes them. */
    public static String newTs() {
        return System.currentTimeMillis() / 1000 + "." + String.format("%06d", (int) (Math.random() * 1_000_000));
    }
}
