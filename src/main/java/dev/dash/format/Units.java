package dev.dash.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeConfig;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.sql.QueryResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every result column its unit, with the money words read from the knowledge folder's table and metric files:
 * numeric columns described in a currency, and the abbreviations of revenue metrics (MRR, ARR, ARPA, CLV).
 */
@ApplicationScoped
public class Units {

    private static final Pattern CURRENCY = Pattern.compile("\\b(usd|eur|gbp|dollars?|currency|revenue)\\b");
    private static final Pattern MONEY_METRIC = Pattern.compile("\\b(revenue|value)\\b");
    private static final Pattern NOT_MONEY = Pattern.compile("\\b(rate|retention|churn|ratio|share|growth)\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("^([A-Z]{2,6})\\b");

    private final KnowledgeFiles files;
    private final KnowledgeConfig config;
    private volatile UnitRules rules;

    public Units(ObjectMapper json, KnowledgeConfig config) {
        this.files = new KnowledgeFiles(json);
        this.config = config;
    }

    /** The result with each column's unit set. */
    public QueryResult label(QueryResult result) {
        UnitRules current = rules();
        return new QueryResult(result.columns().stream()
                .map(c -> new QueryResult.Column(c.name(), c.type(), current.of(c.name(), c.type()))).toList(),
                result.rows(), result.row_count(), result.truncated());
    }

    /** Re-reads the money words (after the knowledge changed). */
    public void refresh() {
        rules = null;
    }

    private UnitRules rules() {
        UnitRules current = rules;
        if (current == null) {
            current = new UnitRules(moneyWords(files, Path.of(config.dir())));
            rules = current;
        }
        return current;
    }

    static Set<String> moneyWords(KnowledgeFiles files, Path dir) {
        Set<String> words = new HashSet<>();
        for (var table : files.tables(dir)) {
            for (var column : nullSafe(table.table_columns())) {
                String type = String.valueOf(column.type()).toLowerCase(Locale.ROOT);
                if (column.name() != null && (type.startsWith("numeric") || type.startsWith("decimal") || type.contains("money"))
                        && CURRENCY.matcher(String.valueOf(column.description()).toLowerCase(Locale.ROOT)).find()) {
                    words.add(column.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (var business : files.business(dir)) {
            for (var metric : nullSafe(business.metrics())) {
                String name = String.valueOf(metric.name());
                String lower = name.toLowerCase(Locale.ROOT);
                var abbreviation = ABBREVIATION.matcher(name);
                if (MONEY_METRIC.matcher(lower).find() && !NOT_MONEY.matcher(lower).find() && abbreviation.find()) {
                    words.add(abbreviation.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
