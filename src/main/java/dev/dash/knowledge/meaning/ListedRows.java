package dev.dash.knowledge.meaning;

import dev.dash.language.Words;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * A query listing one row per entity: its outer GROUP BY has the key of a table ("GROUP BY ar.artist_id, ar.name").
 * Its columns from that table describe the entity and are what it lists (the artist, a support rep's title); its
 * columns from other tables are attributes of each row (a track's album and genre), no breakdown.
 */
final class ListedRows {

    private static final Pattern QUALIFIER = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\.[a-z_]");

    private ListedRows() {
    }

    /**
     * Splits the columns read as breakdowns (expression → dimension) into the listed entity's dimensions and the
     * attributes of its rows; false, leaving both untouched, when the query lists no entity.
     */
    static boolean split(PlainSelect outer, Lexicon lexicon, Map<String, String> columns, Set<String> dimensions,
            Set<String> attributes) {
        Optional<String> table = keyedTable(outer, lexicon);
        if (table.isEmpty()) {
            return false;
        }
        columns.forEach((expression, dimension) -> (fromTable(expression, table.get()) ? dimensions : attributes)
                .add(dimension));
        attributes.removeAll(dimensions);
        return true;
    }

    /** The table (as the query names it) whose key the outer GROUP BY holds: "ar" of "ar.artist_id". */
    private static Optional<String> keyedTable(PlainSelect outer, Lexicon lexicon) {
        if (outer.getGroupBy() == null || outer.getGroupBy().getGroupByExpressionList() == null) {
            return Optional.empty();
        }
        for (Object e : outer.getGroupBy().getGroupByExpressionList()) {
            if (e instanceof Column c && c.getTable() != null && c.getTable().getName() != null) {
                String name = c.getColumnName().toLowerCase(Locale.ROOT);
                if (name.endsWith("_id") && lexicon.entities.contains(Words.singular(name.substring(0,
                        name.length() - 3)))) {
                    return Optional.of(c.getTable().getName().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every column an expression reads is of the given table ("e.first_name || ' ' || e.last_name"). */
    private static boolean fromTable(String expression, String table) {
        Matcher m = QUALIFIER.matcher(expression);
        boolean any = false;
        while (m.find()) {
            if (!m.group(1).equals(table)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
