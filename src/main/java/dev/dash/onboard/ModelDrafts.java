package dev.dash.onboard;

import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the model's replies proposed, as read: a description per table and per table and column ({@code table.column}),
 * synonyms per term, queries, and what could not be read (a note each).
 */
record ModelDrafts(Map<String, String> tables, Map<String, String> columns, Map<String, List<String>> synonyms,
        List<ParsedQuery> queries, List<String> unreadable) {

    static ModelDrafts empty() {
        return new ModelDrafts(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(),
                new ArrayList<>());
    }

    static String column(String table, String column) {
        return table + "." + column;
    }

    /** Adds another batch's proposals to these. */
    void add(ModelDrafts other) {
        tables.putAll(other.tables);
        columns.putAll(other.columns);
        other.synonyms.forEach((term, words) -> synonyms.computeIfAbsent(term, t -> new ArrayList<>()).addAll(words));
        queries.addAll(other.queries);
        unreadable.addAll(other.unreadable);
    }
}
