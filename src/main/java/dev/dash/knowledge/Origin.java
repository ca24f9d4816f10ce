package dev.dash.knowledge;

import java.util.UUID;

/** STAND-IN until main's knowledge code lands. */
public record Origin(String userId, String sessionId, UUID runId) {
}
