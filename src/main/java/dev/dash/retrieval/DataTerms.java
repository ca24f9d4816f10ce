package dev.dash.retrieval;

import static dev.dash.db.Identifiers.quote;
import static dev.dash.db.Jdbc.query;

import dev.dash.db.DataConfig;
import dev.dash.db.SqlResource;
import dev.dash.language.WordList;
import dev.dash.language.Words;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a question can name the data by: table and column names and the values of low-cardinality text columns
 * ("plan", "industry", "enterprise", "annual"). A validated query answers a question only if it covers every such word
 * the question uses.
 */
@ApplicationScoped
public class DataTerms {

    private static final int MAX_VALUES = 30;
    private static final Pattern TEXT = Pattern.compile("text|character varying.*|character\\b.*|citext");
    /** Parts of column names too generic to tell two questions apart. */
    private static final Set<String> GENERIC = WordList.load("language/generic-column-words.txt");

    private final AgroalDataSource db;
    /** The company schemas, then the Engineer's: its views' names are data terms, their values the company data's. */
    private final List<String> schemas;
    private final String engineerSchema;
    private final String columnsSql = SqlResource.read("sql/knowledge/data-terms.sql");
    private final String fingerprintSql = SqlResource.read("sql/knowledge/schema-fingerprint.sql");
    private volatile String fingerprint;
    private volatile Set<String> terms;
    private volatile Map<String, Set<String>> values = Map.of();
    /** Every question is checked against the same knowledge texts, many times over: their words are kept. */
    private final Remembered<String, Set<String>> wordsOf =
            new Remembered<>(2_000, text -> Collections.unmodifiableSet(new LinkedHashSet<>(Words.of(text))));

    /** Read as the Analyst: the company data may live in another database (DATA_DB_URL) and other schemas. */
    public DataTerms(@DataSource("analyst") AgroalDataSource db, DataConfig data) {
        this.db = db;
        this.schemas = data.readSchemas();
        this.engineerSchema = data.engineer().name();
    }

    /** Re-reads names and values when a table, view or column came or went since they were read. */
    public void refreshIfSchemaChanged() {
        if (terms == null || !currentFingerprint().equals(fingerprint)) {
            refresh();
        }
    }

    private String currentFingerprint() {
        String[] found = {""};
        query(db, fingerprintSql, List.of(schemas), rs -> found[0] = rs.getString(1));
        return found[0];
    }

    /** Re-reads names and values from the database (after data or knowledge changed). */
    public void refresh() {
        String readAt = currentFingerprint();
        Set<String> found = new HashSet<>();
        List<String[]> textColumns = new ArrayList<>();
        query(db, columnsSql, List.of(schemas), rs -> {
            found.addAll(Words.of(rs.getString(1).replace('_', ' ')));
            found.addAll(Words.of(rs.getString(2).replace('_', ' ')));
            if (TEXT.matcher(rs.getString(3)).matches() && !engineerSchema.equals(rs.getString(4))
                    && rs.getBoolean(5)) {
                textColumns.add(new String[] {rs.getString(4), rs.getString(1), rs.getString(2)});
            }
        });
        Map<String, Set<String>> enumerated = new HashMap<>();
        for (String[] column : textColumns) {
            List<String> raw = lowCardinalityValues(column[0], column[1], column[2]);
            raw.forEach(v -> Words.of(v.replace('_', ' ')).stream().filter(w -> w.length() > 2).forEach(found::add));
            if (!raw.isEmpty()) {
                enumerated.computeIfAbsent(column[2], c -> new HashSet<>()).addAll(raw);
            }
        }
        found.removeAll(GENERIC);
        terms = Set.copyOf(found);
        values = Map.copyOf(enumerated);
        fingerprint = readAt;
    }

    /** The values of each low-cardinality text column of the company data (column name → values, as stored). */
    public Map<String, Set<String>> values() {
        if (terms == null) {
            refresh();
        }
        return values;
    }

    /** The data terms a text names, in order of appearance. */
    public List<String> in(String text) {
        if (terms == null) {
            refresh();
        }
        Set<String> named = new LinkedHashSet<>();
        for (String word : wordsOf.get(text)) {
            if (terms.contains(word)) {
                named.add(word);
            }
        }
        return List.copyOf(named);
    }

    /** Data terms of the question that the covering text does not mention. */
    public List<String> unexplained(String question, String covering) {
        List<String> named = in(question);
        if (named.isEmpty()) {
            return named;
        }
        Set<String> covered = wordsOf.get(covering);
        return named.stream().filter(t -> !covered.contains(t)).toList();
    }

    private List<String> lowCardinalityValues(String schema, String table, String column) {
        String sql = "SELECT DISTINCT %s FROM %s.%s WHERE %s IS NOT NULL LIMIT %d"
                .formatted(quote(column), quote(schema), quote(table), quote(column), MAX_VALUES + 1);
        List<String> raw = new ArrayList<>();
        query(db, sql, List.of(), rs -> raw.add(rs.getString(1)));
        return raw.size() <= MAX_VALUES ? raw : List.of();
    }
}
