package dev.dash.knowledge;

import java.util.List;

/** STAND-IN until main's knowledge code lands. */
public record SaveQuery(String name, String question, String query, String summary, List<String> tablesUsed,
        List<String> dataQualityNotes) {
}
