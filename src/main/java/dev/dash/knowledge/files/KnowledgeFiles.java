package dev.dash.knowledge.files;

import static dev.dash.knowledge.KnowledgeEntry.FILE;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.sql.SqlGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads a knowledge folder (tables/, business/, queries/, docs/) into entries. */
public final class KnowledgeFiles {

    private final ObjectMapper json;

    public KnowledgeFiles(ObjectMapper json) {
        this.json = json;
    }

    public List<KnowledgeEntry> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Knowledge folder not found: " + dir.toAbsolutePath());
        }
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (Path file : files(dir.resolve("tables"), ".json")) {
            entries.add(table(read(file, TableFile.class), source(dir, file)));
        }
        for (Path file : files(dir.resolve("business"), ".json")) {
            entries.addAll(business(read(file, BusinessFile.class), source(dir, file)));
        }
        for (Path file : files(dir.resolve("queries"), ".sql")) {
            String text = text(file);
            QueryFileParser.parse(text, source(dir, file)).forEach(q -> entries.add(new KnowledgeEntry(
                    "query:" + q.name(), "query", FILE, source(dir, file), q.name(), q.description(), q.questions(),
                    q.sql(), List.copyOf(SqlGuard.tablesIn(q.sql())), !QueryFileText.isDraft(text))));
        }
        for (Path file : files(dir.resolve("docs"), ".md")) {
            String page = file.getFileName().toString().replaceFirst("\\.md$", "");
            for (var chunk : MarkdownChunker.chunk(text(file), page)) {
                entries.add(new KnowledgeEntry("doc:" + page + "#" + chunk.slug(), "doc", FILE, source(dir, file),
                        chunk.heading(), chunk.text(), List.of(), null, List.of(), true));
            }
        }
        return entries;
    }

    /**
     * The validated queries people wrote in a knowledge folder, in file order: none when it has no queries/ folder, and
     * none of a file that is still a draft ({@link QueryFileText#isDraft}).
     */
    public List<QueryFileParser.ParsedQuery> queries(Path dir) {
        List<QueryFileParser.ParsedQuery> queries = new ArrayList<>();
        for (Path file : files(dir.resolve("queries"), ".sql")) {
            String text = text(file);
            if (!QueryFileText.isDraft(text)) {
                queries.addAll(QueryFileParser.parse(text, source(dir, file)));
            }
        }
        return queries;
    }

    /** The table files of a knowledge folder; none when it has no tables/ folder. */
    public List<TableFile> tables(Path dir) {
        return List.copyOf(tablesByPath(dir).values());
    }

    /** The business files of a knowledge folder; none when it has no business/ folder. */
    public List<BusinessFile> business(Path dir) {
        return List.copyOf(businessByPath(dir).values());
    }

    /** The table files by their path in the folder ({@code tables/x.json}), in name order. */
    public Map<String, TableFile> tablesByPath(Path dir) {
        return byPath(dir, "tables", TableFile.class);
    }

    /** The business files by their path in the folder ({@code business/x.json}), in name order. */
    public Map<String, BusinessFile> businessByPath(Path dir) {
        return byPath(dir, "business", BusinessFile.class);
    }

    private <T> Map<String, T> byPath(Path dir, String folder, Class<T> type) {
        Map<String, T> read = new LinkedHashMap<>();
        files(dir.resolve(folder), ".json").forEach(f -> read.put(path(dir, f), read(f, type)));
        return read;
    }

    private static KnowledgeEntry table(TableFile t, String source) {
        StringBuilder text = new StringBuilder(t.table_description() == null ? "" : t.table_description());
        if (t.table_columns() != null && !t.table_columns().isEmpty()) {
            text.append("\nColumns: ");
            text.append(String.join("; ", t.table_columns().stream()
                    .map(c -> c.name() + " " + c.type() + (c.description() == null ? "" : " — " + c.description()))
                    .toList()));
        }
        if (t.data_quality_notes() != null && !t.data_quality_notes().isEmpty()) {
            text.append("\nNotes: ").append(String.join(" ", t.data_quality_notes()));
        }
        // Use cases are embedded one by one, like a query's questions: short texts a question resembles.
        return new KnowledgeEntry("table:" + t.table_name(), "table", FILE, source, t.table_name(), text.toString(),
                nullSafe(t.use_cases()), null, List.of(t.table_name()), true);
    }

    private static List<KnowledgeEntry> business(BusinessFile b, String source) {
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (var m : nullSafe(b.metrics())) {
            String text = m.definition() + (m.table() == null ? "" : " Table: " + m.table() + ".")
                    + (m.calculation() == null ? "" : " Calculation: " + m.calculation());
            entries.add(new KnowledgeEntry("metric:" + KnowledgeEntry.slug(m.name()), "metric", FILE, source,
                    m.name(), text, List.of(), null, m.table() == null ? List.of() : List.of(m.table()), true));
        }
        for (var t : nullSafe(b.vocabulary())) {
            List<String> words = nullSafe(t.synonyms());
            entries.add(new KnowledgeEntry("term:" + KnowledgeEntry.slug(t.term()), "term", FILE, source, t.term(),
                    String.join(", ", words) + " → " + t.term() + " (" + t.kind()
                            + (t.dimension() == null ? "" : " of " + t.dimension()) + ")",
                    List.of(), null, List.of(), true));
        }
        for (String rule : nullSafe(b.business_rules())) {
            entries.add(new KnowledgeEntry("rule:" + KnowledgeEntry.slug(firstWords(rule)), "rule", FILE, source,
                    firstWords(rule), rule, List.of(), null, List.of(), true));
        }
        for (var g : nullSafe(b.common_gotchas())) {
            List<String> tables = g.tables_affected() == null ? List.of() : g.tables_affected();
            entries.add(new KnowledgeEntry("gotcha:" + KnowledgeEntry.slug(firstWords(g.issue())), "gotcha", FILE, source,
                    g.issue(), g.issue() + " → " + g.solution() + (tables.isEmpty() ? "" : " (" + String.join(", ", tables) + ")"),
                    List.of(), null, tables, true));
        }
        return entries;
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    }

    private <T> T read(Path file, Class<T> type) {
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid: " + e.getMessage(), e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source(Path dir, Path file) {
        return "knowledge/" + path(dir, file);
    }

    private static String path(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
