package dev.dash.onboard;

import dev.dash.knowledge.files.TableFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drafts a table's knowledge file from its profile and its columns' roles: only what the schema and data say. */
final class TableWriter {

    private static final int USE_CASES = 6;

    private final TableNames names;
    private final int listedValues;

    TableWriter(TableNames names, int listedValues) {
        this.names = names;
        this.listedValues = listedValues;
    }

    TableDraft draft(TableProfile profile, Map<String, ColumnRole> roles) {
        TableShape table = profile.table();
        List<TableFile.Column> columns = table.columns().stream().map(c -> new TableFile.Column(c.name(),
                type(table, c), ColumnText.describe(table, c, roles.get(c.name()), profile.facts(c.name()),
                        names, listedValues))).toList();
        return new TableDraft(DraftFiles.MARKER, names.of(table), description(profile), useCases(table, roles),
                notes(profile, roles), columns);
    }

    private String description(TableProfile profile) {
        TableShape table = profile.table();
        StringBuilder text = new StringBuilder(table.comment() == null ? "" : table.comment() + " ");
        text.append("Drafted from the schema: ").append(profile.rows() == null ? "rows not counted"
                : profile.rows() + (profile.rows() == 1 ? " row" : " rows"));
        if (!table.primaryKey().isEmpty()) {
            text.append(", one per ").append(String.join(" and ", table.primaryKey()));
        }
        List<String> refs = table.foreignKeys().stream().map(f -> names.of(f.refSchema(), f.refTable())
                + " (" + String.join(", ", f.columns()) + ")").distinct().toList();
        if (!refs.isEmpty()) {
            text.append("; refers to ").append(String.join(", ", refs));
        }
        return text.append('.').toString();
    }

    private static List<String> useCases(TableShape table, Map<String, ColumnRole> roles) {
        List<String> measures = columns(table, roles, ColumnRole.MONEY, ColumnRole.COUNT);
        List<String> dimensions = columns(table, roles, ColumnRole.DIMENSION);
        List<String> dates = columns(table, roles, ColumnRole.DATE);
        List<String> cases = new ArrayList<>();
        for (String measure : measures) {
            dates.stream().findFirst()
                    .ifPresent(d -> cases.add("Sum of " + words(measure) + " per month of " + words(d)));
            dimensions.forEach(d -> cases.add("Sum of " + words(measure) + " by " + words(d)));
        }
        dimensions.stream().filter(d -> !table.onlyNames(d))
                .forEach(d -> cases.add("Count of " + words(table.name()) + " rows by " + words(d)));
        return cases.stream().distinct().limit(USE_CASES).toList();
    }

    private List<String> notes(TableProfile profile, Map<String, ColumnRole> roles) {
        TableShape table = profile.table();
        List<String> notes = new ArrayList<>();
        for (TableShape.ForeignKey key : table.foreignKeys()) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < key.columns().size(); i++) {
                pairs.add(names.of(table) + "." + key.columns().get(i) + " = "
                        + names.of(key.refSchema(), key.refTable()) + "." + key.refColumns().get(i));
            }
            notes.add("Join: " + String.join(" AND ", pairs) + ".");
        }
        for (TableShape.Column column : table.columns()) {
            ColumnFacts facts = profile.facts(column.name());
            if (roles.get(column.name()) == ColumnRole.DATE && facts.min() != null) {
                notes.add(column.name() + " runs from " + ColumnText.day(facts.min()) + " to "
                        + ColumnText.day(facts.max()) + ".");
            }
            if (facts.nonEmpty() != null && profile.rows() != null && facts.nonEmpty() < profile.rows()) {
                notes.add(column.name() + " is empty (NULL) in " + (profile.rows() - facts.nonEmpty()) + " of "
                        + profile.rows() + " rows.");
            }
        }
        profile.unmeasured().forEach(u -> notes.add("Not measured: " + u + "."));
        return notes;
    }

    private String type(TableShape table, TableShape.Column column) {
        TableShape.ForeignKey key = table.foreignKeyOf(column.name());
        if (table.primaryKey().equals(List.of(column.name()))) {
            return column.type() + " (primary key)";
        }
        return key == null ? column.type() : column.type() + " (FK " + names.of(key.refSchema(), key.refTable())
                + "." + key.refColumns().getFirst() + ")";
    }

    private static List<String> columns(TableShape table, Map<String, ColumnRole> roles, ColumnRole... wanted) {
        return table.columns().stream().map(TableShape.Column::name)
                .filter(c -> List.of(wanted).contains(roles.get(c))).toList();
    }

    private static String words(String name) {
        return name.replace('_', ' ');
    }
}
