package dev.dash.onboard;

import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import dev.dash.language.WordList;
import dev.dash.language.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Terms the user's validated queries name: the columns a query's SELECT computes with an aggregate are metrics named
 * by their alias ("revenue", "units_sold"), and the first column a grouped query groups by is a dimension named by
 * its alias ("artist"), or a synonym when it renames a column already drafted as one. A person named them in words a
 * question uses, where the schema's own names ("total", "unit_price") rarely are. Keys ("_id") name no breakdown. A
 * sum of money is implied by general money words when a question names no metric ("sales by genre"); an average is
 * named with the words people use for one ("typical invoice").
 */
final class QueryTerms {

    private static final Pattern AGGREGATE = Pattern.compile("(?i)\\b(sum|count|avg|min|max)\\s*\\(");
    private static final Set<String> GENERIC = WordList.load("language/generic-column-words.txt");
    private static final Pattern SUM = Pattern.compile("(?i)\\bsum\\s*\\(");
    private static final Pattern AVG = Pattern.compile("(?i)^(round\\s*\\()?\\s*avg\\s*\\(");
    private static final Set<String> AVERAGE_WORDS = WordList.load("onboard/average-words.txt");
    private static final Set<String> AMOUNT_WORDS = WordList.load("onboard/amount-words.txt");
    private static final List<String> MONEY_WORDS = WordList.load("onboard/money-words.txt").stream().sorted().toList();

    private QueryTerms() {
    }

    /** A term a query names; {@code column} is the plain column a breakdown's alias renames, else null. */
    record Named(VocabularyDraft.Term term, String column) {
    }

    /** {@code moneyColumns}: the columns holding money, whose sums general money words imply ("sales", "spend"). */
    static List<Named> of(List<ParsedQuery> queries, Set<String> moneyColumns) {
        List<Named> terms = new ArrayList<>();
        for (ParsedQuery query : queries) {
            PlainSelect select = outerSelect(query.sql());
            if (select == null) {
                continue;
            }
            boolean breakdownSeen = select.getGroupBy() == null;
            for (SelectItem<?> item : select.getSelectItems()) {
                String alias = item.getAlias() == null ? null : item.getAlias().getName().toLowerCase(Locale.ROOT);
                String expression = item.getExpression().toString();
                boolean aggregate = AGGREGATE.matcher(expression).find();
                // "customer_count" names a count though both its words are generic; "total" or "customers" alone not.
                if (alias == null || alias.endsWith("_id") || GENERIC.containsAll(Words.of(alias))
                        && !(aggregate && Words.of(alias).size() > 1)) {
                    continue;
                }
                if (aggregate) {
                    // A sum of a money column, not a ratio of sums (a share, an amount per customer).
                    boolean money = SUM.matcher(expression).find() && !expression.contains("/")
                            && Words.of(expression).stream().anyMatch(moneyColumns::contains);
                    List<String> synonyms = AVG.matcher(expression).find() ? averages(alias) : List.of();
                    // Money the business takes in: more is better ("the best-earning artists").
                    terms.add(new Named(new VocabularyDraft.Term(alias, "metric", null, null, money ? "better" : null,
                            synonyms, money ? MONEY_WORDS : null), null));
                } else if (!breakdownSeen) {
                    // The first column a grouped query is grouped by is its breakdown; the rest describe its rows.
                    breakdownSeen = true;
                    String column = item.getExpression() instanceof Column c ? c.getColumnName() : null;
                    // Its last word says which thing it is ("rep" of support_rep), when that word is not generic.
                    List<String> words = Words.of(alias);
                    List<String> head = words.size() > 1 && !GENERIC.contains(words.getLast())
                            && !AMOUNT_WORDS.contains(words.getLast()) ? List.of(words.getLast()) : List.of();
                    terms.add(new Named(new VocabularyDraft.Term(alias, "dimension", null, null, head), column));
                }
            }
        }
        return terms;
    }

    /**
     * How people ask for an average the alias names ("avg_invoice_value"): average, typical or mean invoice value, or
     * invoice; nothing when the alias names nothing beside the average ("avg").
     */
    static List<String> averages(String alias) {
        List<String> thing = Words.of(alias).stream().filter(w -> !AVERAGE_WORDS.contains(w)).toList();
        if (thing.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(String.join(" ", thing)));
        if (thing.size() > 1 && AMOUNT_WORDS.contains(thing.getLast())) {
            names.add(String.join(" ", thing.subList(0, thing.size() - 1)));
        }
        List<String> synonyms = new ArrayList<>();
        AVERAGE_WORDS.stream().sorted().forEach(a -> names.forEach(n -> synonyms.add(a + " " + n)));
        return synonyms;
    }

    private static PlainSelect outerSelect(String sql) {
        try {
            return CCJSqlParserUtil.parse(sql) instanceof PlainSelect select ? select : null;
        } catch (JSQLParserException e) {
            return null;
        }
    }
}
