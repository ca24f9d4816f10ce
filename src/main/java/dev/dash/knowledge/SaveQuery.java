package dev.dash.knowledge;

import java.util.List;

/** A query an agent wants to keep, with the question it answered (the save_validated_query tool's arguments). */
public record SaveQuery(String name, String question, String query, String summary, List<String> tablesUsed,
        String dataQualityNotes) {
}
