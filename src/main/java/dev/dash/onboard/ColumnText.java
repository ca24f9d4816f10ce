package dev.dash.onboard;

import java.util.List;

/** A drafted column description: the column's comment, then what its role and values say, in one or two sentences. */
final class ColumnText {

    private static final String MIDNIGHT = " 00:00:00";

    private ColumnText() {
    }

    static String describe(TableShape table, TableShape.Column column, ColumnRole role, ColumnFacts facts,
            TableNames names, int listed) {
        String drafted = switch (role) {
            case KEY -> key(table, column, names);
            case DATE -> facts.min() == null ? "A date." : "From " + day(facts.min()) + " to " + day(facts.max()) + ".";
            case MONEY -> "Money, in the data's currency (a guess from its type and values; the schema names no "
                    + "currency)." + range(facts);
            case COUNT -> "A count (whole numbers, never negative)." + range(facts);
            case PERCENT -> "A percentage." + range(facts);
            case NUMBER -> "A number." + range(facts);
            case DIMENSION -> values(facts.values(), listed);
            case CONSTANT -> "Always '" + facts.values().getFirst() + "'.";
            case TEXT -> "Text.";
        };
        return column.comment() == null ? drafted : column.comment() + " " + drafted;
    }

    /** A date or timestamp as text, without a midnight time. */
    static String day(String value) {
        return value != null && value.endsWith(MIDNIGHT) ? value.substring(0, value.length() - MIDNIGHT.length())
                : value;
    }

    private static String key(TableShape table, TableShape.Column column, TableNames names) {
        TableShape.ForeignKey ref = table.foreignKeyOf(column.name());
        if (ref != null) {
            return "Refers to " + names.of(ref.refSchema(), ref.refTable()) + "." + ref.refColumns().getFirst() + ".";
        }
        return table.primaryKey().contains(column.name()) ? "Primary key." : "An identifier.";
    }

    private static String range(ColumnFacts facts) {
        return facts.min() == null ? "" : " From " + facts.min() + " to " + facts.max() + ".";
    }

    private static String values(List<String> values, int listed) {
        String shown = String.join(", ", values.subList(0, Math.min(listed, values.size())));
        return "One of " + values.size() + " values: " + shown
                + (values.size() > listed ? " and " + (values.size() - listed) + " more." : ".");
    }
}
