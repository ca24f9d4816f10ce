package dev.dash.onboard;

import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the model reads of the database: each table with its row count and comment, each column with its type, key,
 * comment and a few values (of a dimension) or its range, marking what has no description yet; the terms synonyms
 * may attach to; the person's validated queries by name and description.
 */
final class SchemaSummary {

    /** The kinds of drafted term a synonym may attach to. */
    static final Set<String> NAMED_KINDS = Set.of("metric", "dimension", "word");
    private static final String NONE = "(no description)";
    private static final int VALUES = 5;

    private SchemaSummary() {
    }

    static String tables(List<TableProfile> profiles, TableNames names) {
        StringBuilder text = new StringBuilder();
        for (TableProfile profile : profiles) {
            TableShape table = profile.table();
            text.append(names.of(table)).append(profile.rows() == null ? "" : " (" + profile.rows() + " rows)")
                    .append(": ").append(described(table.comment())).append('\n');
            for (TableShape.Column column : table.columns()) {
                text.append("  ").append(column.name()).append(' ').append(column.type()).append(key(table, column,
                        names)).append(data(profile.facts(column.name()), ColumnRoles.of(profile, column)))
                        .append(": ")
                        .append(described(column.comment())).append('\n');
            }
        }
        return text.toString().strip();
    }

    static String terms(VocabularyDraft vocabulary) {
        return vocabulary.vocabulary().stream().filter(t -> NAMED_KINDS.contains(t.kind()))
                .map(t -> t.kind() + ": " + t.term()).collect(Collectors.joining("\n"));
    }

    static String queries(List<ParsedQuery> queries) {
        return queries.isEmpty() ? "(none yet)" : queries.stream().map(q -> q.name() + ": " + q.description())
                .collect(Collectors.joining("\n"));
    }

    private static String described(String comment) {
        return comment == null ? NONE : "\"" + comment + "\"";
    }

    private static String key(TableShape table, TableShape.Column column, TableNames names) {
        TableShape.ForeignKey ref = table.foreignKeyOf(column.name());
        if (ref != null) {
            return ", refers to " + names.of(ref.refSchema(), ref.refTable()) + "." + ref.refColumns().getFirst();
        }
        return table.primaryKey().contains(column.name()) ? ", primary key" : "";
    }

    /** A dimension's first values, a number's or date's range; nothing of other text (names, phones, emails). */
    private static String data(ColumnFacts facts, ColumnRole role) {
        if (role == ColumnRole.TEXT) {
            return "";
        }
        if (facts.values() != null && facts.values().size() == 1) {
            return ", always " + facts.values().getFirst();
        }
        if (facts.values() != null && !facts.values().isEmpty()) {
            List<String> shown = facts.values().subList(0, Math.min(VALUES, facts.values().size()));
            return ", " + facts.values().size() + " values, e.g. " + String.join(", ", shown);
        }
        return facts.min() == null ? ""
                : ", from " + ColumnText.day(facts.min()) + " to " + ColumnText.day(facts.max());
    }
}
