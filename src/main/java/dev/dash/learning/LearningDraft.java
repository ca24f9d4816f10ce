package dev.dash.learning;

import dev.dash.run.Origin;
import java.util.List;

/** A learning before it is stored (or merged into a near-duplicate). */
public record LearningDraft(String title, String lesson, String failingSql, String errorState, String errorMessage,
        String fixedSql, List<String> tables, Origin origin, String source) {

    public LearningDraft {
        tables = List.copyOf(tables);
    }

    public static LearningDraft fromAgent(String title, String lesson, Origin origin) {
        return new LearningDraft(title, lesson, null, null, null, null, List.of(), origin, Learning.AGENT);
    }

    public String embeddingText() {
        return title + ". " + lesson + (tables.isEmpty() ? "" : " Tables: " + String.join(", ", tables))
                + (fixedSql == null ? "" : " Worked: " + fixedSql);
    }
}
