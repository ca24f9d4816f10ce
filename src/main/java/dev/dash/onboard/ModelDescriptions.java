package dev.dash.onboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the model's descriptions where the catalog has no comment, as a comment would be: the drafts then say it first,
 * before what the schema and data say. A description of a table or column that does not exist, or that has a comment,
 * is dropped.
 */
final class ModelDescriptions {

    private ModelDescriptions() {
    }

    static List<TableProfile> apply(List<TableProfile> profiles, TableNames names, ModelDrafts drafts,
            List<String> drafted, List<String> dropped) {
        Set<String> used = new HashSet<>();
        List<TableProfile> described = new ArrayList<>();
        for (TableProfile profile : profiles) {
            TableShape table = profile.table();
            String name = names.of(table);
            String comment = comment(table.comment(), drafts.tables().get(name), name, used, drafted);
            List<TableShape.Column> columns = table.columns().stream().map(c -> new TableShape.Column(c.name(),
                    c.type(), c.baseType(), c.nullable(), comment(c.comment(),
                            drafts.columns().get(ModelDrafts.column(name, c.name())),
                            ModelDrafts.column(name, c.name()), used, drafted))).toList();
            described.add(new TableProfile(new TableShape(table.schema(), table.name(), comment, columns,
                    table.primaryKey(), table.foreignKeys()), profile.rows(), profile.columns(), profile.unmeasured()));
        }
        drafts.tables().keySet().stream().filter(t -> !used.contains(t))
                .forEach(t -> dropped.add("description of " + t + " (no such table, or it has a comment)"));
        drafts.columns().keySet().stream().filter(c -> !used.contains(c))
                .forEach(c -> dropped.add("description of " + c + " (no such column, or it has a comment)"));
        return described;
    }

    private static String comment(String catalog, String model, String what, Set<String> used, List<String> drafted) {
        if (catalog != null || model == null) {
            return catalog;
        }
        used.add(what);
        drafted.add("description of " + what);
        return model;
    }
}
