package dev.dash.onboard;

import java.util.List;

/** A table or view as the catalog describes it: columns, comments, primary and foreign keys. */
public record TableShape(String schema, String name, String comment, List<Column> columns, List<String> primaryKey,
        List<ForeignKey> foreignKeys) {

    /** {@code baseType} is the type's short name (int4, numeric, varchar), {@code type} as SQL writes it. */
    public record Column(String name, String type, String baseType, boolean nullable, String comment) {
    }

    public record ForeignKey(List<String> columns, String refSchema, String refTable, List<String> refColumns) {
    }

    /** The foreign key a column is the only column of, if any. */
    public ForeignKey foreignKeyOf(String column) {
        return foreignKeys.stream().filter(f -> f.columns().equals(List.of(column))).findFirst().orElse(null);
    }

    public boolean isKey(String column) {
        return primaryKey.contains(column) || foreignKeys.stream().anyMatch(f -> f.columns().contains(column));
    }

    /** Whether the table only names things: the column is its one column besides keys (a lookup table's name). */
    public boolean onlyNames(String column) {
        return columns.stream().map(Column::name).filter(c -> !c.equals(column)).allMatch(this::isKey);
    }
}
