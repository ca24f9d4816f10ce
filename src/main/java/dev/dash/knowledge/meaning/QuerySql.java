package dev.dash.knowledge.meaning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SetOperationList;

/** What a validated query's SQL says for its signature: its outer SELECT, the values it filters on, its time grains. */
final class QuerySql {

    private static final Pattern EQUALS = Pattern.compile("(?i)\\b([a-z_][a-z0-9_]*)\\s*=\\s*'([^']*)'");
    private static final Pattern IN_LIST = Pattern.compile("(?i)\\b([a-z_][a-z0-9_]*)\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    private static final List<String> GRAINS = English.get().grains;
    private static final Pattern COUNTING = Pattern.compile("(?i)\\b(count|sum)\\s*\\(");
    /** An aggregate's alias anywhere in the SQL (a CTE's "COUNT(*) AS active_subscriptions"). */
    private static final Pattern COUNTED_AS = Pattern.compile(
            "(?i)\\b(?:count|sum)\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?:as\\s+)?([a-z_][a-z0-9_]*)");

    private QuerySql() {
    }

    static void filters(String sql, Lexicon lexicon, Set<String> filters, Set<String> metrics) {
        Matcher equals = EQUALS.matcher(sql);
        while (equals.find()) {
            filter(equals.group(1), equals.group(2), lexicon, filters, metrics);
        }
        Matcher in = IN_LIST.matcher(sql);
        while (in.find()) {
            Matcher literal = LITERAL.matcher(in.group(2));
            while (literal.find()) {
                filter(in.group(1), literal.group(1), lexicon, filters, metrics);
            }
        }
    }

    private static void filter(String column, String value, Lexicon lexicon, Set<String> filters, Set<String> metrics) {
        filters.add(column.toLowerCase(Locale.ROOT) + "=" + value.toLowerCase(Locale.ROOT));
        lexicon.concepts(value).stream().filter(c -> c.kind() == Concept.Kind.METRIC).forEach(c -> metrics.add(c.name()));
    }

    /**
     * The metrics a query's rows may be sorted on, each with the one column that holds it, when all its rows are
     * there (no LIMIT, OFFSET or FETCH) and none is a total beside them (no GROUPING SETS, ROLLUP or CUBE).
     */
    static Map<String, String> sortable(PlainSelect outer, Map<String, List<String>> metricColumns) {
        boolean allRows = outer != null && outer.getLimit() == null && outer.getOffset() == null
                && outer.getFetch() == null
                && !String.valueOf(outer.getGroupBy()).toUpperCase(Locale.ROOT).matches("(?s).*\\b(GROUPING|ROLLUP|CUBE)\\b.*");
        Map<String, String> sortable = new HashMap<>();
        metricColumns.forEach((metric, columns) -> {
            if (allRows && columns.size() == 1) {
                sortable.put(metric, columns.getFirst());
            }
        });
        return sortable;
    }

    static Optional<String> grainOf(String alias, String expression) {
        for (String grain : GRAINS) {
            if (expression.contains("date_trunc('" + grain + "'") || expression.contains("extract(" + grain + " ")) {
                return Optional.of(grain);
            }
        }
        if (expression.contains("'yyyy-mm'")) {
            return Optional.of("month");
        }
        if (expression.contains("'yyyy'")) {
            return Optional.of("year");
        }
        String[] words = alias.toLowerCase(Locale.ROOT).split("_");
        if (GRAINS.contains(words[words.length - 1])) {
            return Optional.of(words[words.length - 1]);
        }
        return Optional.empty();
    }

    /** Whether an outer column counts or adds up rows, itself or as a column an inner aggregate named. */
    static boolean counts(String expression, String alias, String sql) {
        if (COUNTING.matcher(expression).find()) {
            return true;
        }
        String column = expression.substring(expression.lastIndexOf('.') + 1);
        Matcher m = COUNTED_AS.matcher(sql);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(column) || m.group(1).equalsIgnoreCase(alias)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The breakdowns and grains of the outer GROUP BY; a column the SELECT shows under an alias read as a breakdown
     * is that breakdown ("billing_country AS country"), and its own name is another name for it ({@code renamed}).
     */
    static void groupedBy(PlainSelect outer, Lexicon lexicon, Set<String> dimensions, Set<String> grains,
            Map<String, String> readAsDimension, Map<String, String> renamed) {
        if (outer.getGroupBy() == null || outer.getGroupBy().getGroupByExpressionList() == null) {
            return;
        }
        for (Object e : outer.getGroupBy().getGroupByExpressionList()) {
            if (e instanceof Column c) {
                String shownAs = readAsDimension.get(c.toString().toLowerCase(Locale.ROOT));
                lexicon.concepts(c.getColumnName()).stream().filter(k -> k.kind() == Concept.Kind.DIMENSION)
                        .forEach(k -> {
                            if (shownAs == null) {
                                dimensions.add(k.name());
                            } else if (!shownAs.equals(k.name())) {
                                renamed.put(k.name(), shownAs);
                            }
                        });
            } else if (e instanceof Expression x) {
                grainOf("", x.toString().toLowerCase(Locale.ROOT)).ifPresent(grains::add);
            }
        }
    }

    static PlainSelect outer(String sql) {
        try {
            Statement statement = CCJSqlParserUtil.parse(sql);
            if (statement instanceof SetOperationList set && set.getSelect(0) instanceof PlainSelect first) {
                return first;
            }
            return statement instanceof PlainSelect plain ? plain : null;
        } catch (JSQLParserException e) {
            return null;
        }
    }
}
