package dev.dash.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import dev.dash.http.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Map;

/**
 * Slack's Events API (upstream Dash mounts it at /slack/events). Authenticated by Slack's request signature, not by
 * the service's own auth: a missing header is a 400, a stale timestamp or a wrong signature a 403.
 */
@Path("/slack/events")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class SlackEventsResource {

    private final SlackSettings settings;
    private final SlackEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    public SlackEventsResource(SlackSettings settings, SlackEvents events, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @POST
    public Map<String, Object> receive(String body,
            @HeaderParam(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP) String timestamp,
            @HeaderParam(SlackSignature.HeaderNames.X_SLACK_SIGNATURE) String signature,
            @HeaderParam("X-Slack-Retry-Num") String retryNum) {
        verify(body, timestamp, signature);
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_request", "The body is not JSON.");
        }
        if ("url_verification".equals(payload.path("type").asText())) {
            return Map.of("challenge", payload.path("challenge").asText());
        }
        if ("event_callback".equals(payload.path("type").asText())) {
            events.accept(SlackEvent.of(payload), retryNum);
        }
        return Map.of("status", "ok");
    }

    private void verify(String body, String timestamp, String signature) {
        String secret = settings.signingSecret().orElseThrow(() -> new ApiException(503, "slack_not_configured",
                "Slack events are not accepted: SLACK_SIGNING_SECRET is not set (" + settings.setupGuide() + ")."));
        if (timestamp == null || signature == null) {
            throw new ApiException(400, "missing_signature",
                    "X-Slack-Request-Timestamp and X-Slack-Signature are required.");
        }
        long now = clock.millis();
        if (!fresh(timestamp, now)) {
            throw new ApiException(403, "stale_request", "The request timestamp is too old or not a timestamp.");
        }
        if (!SlackSignatures.matches(secret, timestamp, body, signature)) {
            throw new ApiException(403, "invalid_signature", "The request signature does not match.");
        }
    }

    private boolean fresh(String timestamp, long nowMillis) {
        try {
            return Math.abs(nowMillis / 1000 - Long.parseLong(timestamp)) <= settings.maxRequestAgeSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
