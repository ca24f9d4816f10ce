package dev.dash.knowledge.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.format.MoneyWords;
import dev.dash.knowledge.KnowledgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The money words of the knowledge folder's table and metric files: numeric columns described in a currency, and the
 * abbreviations of revenue metrics (MRR, ARR, ARPA, CLV).
 */
@ApplicationScoped
public class KnowledgeMoneyWords implements MoneyWords {

    private static final Pattern CURRENCY = Pattern.compile("\\b(usd|eur|gbp|dollars?|currency|revenue)\\b");
    private static final Pattern MONEY_METRIC = Pattern.compile("\\b(revenue|value)\\b");
    private static final Pattern NOT_MONEY = Pattern.compile("\\b(rate|retention|churn|ratio|share|growth)\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("^([A-Z]{2,6})\\b");

    private final KnowledgeFiles files;
    private final KnowledgeConfig config;

    public KnowledgeMoneyWords(ObjectMapper json, KnowledgeConfig config) {
        this.files = new KnowledgeFiles(json);
        this.config = config;
    }

    @Override
    public Set<String> read() {
        return of(files, Path.of(config.dir()));
    }

    public static Set<String> of(KnowledgeFiles files, Path dir) {
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
