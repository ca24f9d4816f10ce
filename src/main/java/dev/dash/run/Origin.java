package dev.dash.run;

import java.util.UUID;

/** Who and which run wrote something at run time; null fields for what a person or a file wrote. */
public record Origin(String userId, String sessionId, UUID runId) {

    public static Origin none() {
        return new Origin(null, null, null);
    }
}
