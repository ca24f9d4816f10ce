package dev.dash.knowledge;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;

/**
 * An entry as a person reviews it: what it says or runs, who wrote it (user, session and run; none for a file), and
 * whether a person approved it, who and when.
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EntryForReview(@JsonUnwrapped KnowledgeEntry entry, String userId, String sessionId, String runId,
        String approvedBy, OffsetDateTime approvedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
