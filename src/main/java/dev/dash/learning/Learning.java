package dev.dash.learning;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An error and its fix, or a lesson an agent saved, with who wrote it (user, session, run). Learnings describe the
 * schema, so they are shared by all users once a person approved them; until then only their author's runs see them.
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Learning(long id, String title, String lesson, String failingSql, String errorState, String errorMessage,
        String fixedSql, List<String> tables, String userId, String sessionId, String runId, String source,
        OffsetDateTime createdAt, int timesUsed, OffsetDateTime lastUsedAt, boolean approved, String approvedBy,
        OffsetDateTime approvedAt) {

    public static final String REF_PREFIX = "learning:";
    public static final String AUTO = "auto";
    public static final String AGENT = "agent";

    public String ref() {
        return REF_PREFIX + id;
    }

    /** The learning ids among references such as {@code learning:12}; other references are skipped. */
    public static List<Long> idsOf(java.util.Collection<String> refs) {
        return refs.stream().filter(r -> r.startsWith(REF_PREFIX))
                .map(r -> Long.parseLong(r.substring(REF_PREFIX.length()))).toList();
    }

    /** What a prompt shows: the lesson, and the fix when there is one. */
    public String promptText() {
        StringBuilder text = new StringBuilder(title).append(": ").append(lesson);
        if (fixedSql != null) {
            text.append("\nWorked: ").append(fixedSql.strip());
        }
        return text.toString();
    }
}
