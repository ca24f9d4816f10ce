package dev.dash.onboard;

import static dev.dash.db.Identifiers.quote;
import static dev.dash.db.Jdbc.query;

import dev.dash.db.Jdbc;
import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Measures a table's data as the Analyst's role: rows, empty values, date ranges, the shape of numbers, the values of
 * low-cardinality text columns. A measurement that fails (a statement timeout on a huge table) is named, not fatal.
 */
@ApplicationScoped
public class TableProfiler {

    private static final String ROW_COUNTS = SqlResource.read("sql/onboard/row-counts.sql");
    private static final String RANGE = SqlResource.read("sql/onboard/range.sql");
    private static final String NUMBERS = SqlResource.read("sql/onboard/numbers.sql");
    private static final String VALUES = SqlResource.read("sql/onboard/values.sql");

    private final AgroalDataSource analyst;
    private final OnboardConfig config;

    public TableProfiler(@DataSource("analyst") AgroalDataSource analyst, OnboardConfig config) {
        this.analyst = analyst;
        this.config = config;
    }

    public TableProfile profile(TableShape table) {
        String name = quote(table.schema()) + "." + quote(table.name());
        List<String> unmeasured = new ArrayList<>();
        Map<String, ColumnFacts> facts = new LinkedHashMap<>();
        for (TableShape.Column column : table.columns()) {
            ColumnFacts measured = measure(unmeasured, column.name(), () -> switch (TypeKind.of(column.baseType())) {
                case TEMPORAL -> range(name, column.name());
                case NUMERIC -> numbers(name, column.name());
                case TEXT -> values(name, column.name());
                case OTHER -> ColumnFacts.NONE;
            });
            facts.put(column.name(), measured == null ? ColumnFacts.NONE : measured);
        }
        long[] counts = measure(unmeasured, "row count", () -> counts(name, table.columns()));
        if (counts != null) {
            for (int i = 0; i < table.columns().size(); i++) {
                String column = table.columns().get(i).name();
                facts.put(column, facts.get(column).withNonEmpty(counts[i + 1]));
            }
        }
        return new TableProfile(table, counts == null ? null : counts[0], facts, List.copyOf(unmeasured));
    }

    private long[] counts(String table, List<TableShape.Column> columns) {
        String each = columns.stream().map(c -> ", count(" + quote(c.name()) + ")").collect(Collectors.joining());
        long[] counts = new long[columns.size() + 1];
        query(analyst, fill(ROW_COUNTS, table, null).replace("${counts}", each), List.of(), rs -> {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
        });
        return counts;
    }

    private ColumnFacts range(String table, String column) {
        String[] range = new String[2];
        query(analyst, fill(RANGE, table, column), List.of(), rs -> {
            range[0] = rs.getString(1);
            range[1] = rs.getString(2);
        });
        return new ColumnFacts(null, range[0], range[1], null, null, null, null);
    }

    private ColumnFacts numbers(String table, String column) {
        ColumnFacts[] found = {ColumnFacts.NONE};
        query(analyst, fill(NUMBERS, table, column), List.of(), rs -> found[0] = new ColumnFacts(null,
                rs.getString(1), rs.getString(2), (Boolean) rs.getObject(3), (Boolean) rs.getObject(4),
                (Boolean) rs.getObject(5), null));
        return found[0];
    }

    private ColumnFacts values(String table, String column) {
        List<String> values = new ArrayList<>();
        query(analyst, fill(VALUES, table, column).replace("${limit}", String.valueOf(config.maxValues() + 1)),
                List.of(), rs -> values.add(rs.getString(1)));
        return new ColumnFacts(null, null, null, null, null, null,
                values.size() > config.maxValues() ? null : List.copyOf(values));
    }

    private static String fill(String template, String table, String column) {
        String sql = template.replaceAll("(?m)^\\s*--.*\\R", "").replace("${table}", table);
        return column == null ? sql : sql.replace("${column}", quote(column));
    }

    private static <T> T measure(List<String> unmeasured, String what, Supplier<T> probe) {
        try {
            return probe.get();
        } catch (Jdbc.DataAccessException e) {
            unmeasured.add(what + " (" + e.getCause().getMessage().lines().findFirst().orElse("") + ")");
            return null;
        }
    }
}
