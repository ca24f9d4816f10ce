package dev.dash.knowledge.meaning;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeConfig;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.BusinessFile;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.KnowledgeLoaded;
import dev.dash.knowledge.files.TableFile;
import dev.dash.language.Words;
import dev.dash.retrieval.DataTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The business's words, read from the knowledge folder: the vocabulary files' terms and synonyms, over what the
 * table and metric files name (text columns as dimensions, numeric columns as metrics, each column's stored values,
 * metric abbreviations such as MRR or NRR and their spelled-out names). Reads questions and validated queries into
 * the same concepts.
 */
@ApplicationScoped
public class Vocabulary {

    private static final String WORD = "word"; // an entry's kind: words people use for a query's word ("account")
    private static final Pattern ABBREVIATED = Pattern.compile("^([A-Z]{2,6})\\s*\\(([^)]+)\\)");

    private final KnowledgeFiles files;
    private final KnowledgeConfig config;
    private final DataTerms data;
    private final Map<String, Signature> signatures = new ConcurrentHashMap<>();
    private volatile Lexicon lexicon;

    public Vocabulary(ObjectMapper json, KnowledgeConfig config, DataTerms data) {
        this.files = new KnowledgeFiles(json);
        this.config = config;
        this.data = data;
    }

    public Reading read(String question) {
        return lexicon().read(question);
    }

    /** The signature of a validated query, kept until the vocabulary or the query changes. */
    public Signature signature(KnowledgeEntry query) {
        return signatures.computeIfAbsent(query.contentHash(), h -> Signatures.of(query.name(), query.content(),
                query.questions(), query.sql() == null ? "" : query.sql(), lexicon()));
    }

    /** Re-reads the vocabulary after the knowledge folder was loaded (the data's values were read again before). */
    void onLoaded(@Observes KnowledgeLoaded loaded) {
        refresh(loaded.dir());
    }

    /** Re-reads the vocabulary (after the knowledge folder or the data changed). */
    public void refresh(Path dir) {
        lexicon = build(dir);
        signatures.clear();
    }

    public Lexicon lexicon() {
        Lexicon current = lexicon;
        if (current == null) {
            current = build(Path.of(config.dir()));
            lexicon = current;
        }
        return current;
    }

    private Lexicon build(Path dir) {
        return of(files.tables(dir), files.business(dir), data.values());
    }

    /** A lexicon from table and business files and each column's stored values. */
    public static Lexicon of(List<TableFile> tables, List<BusinessFile> business, Map<String, Set<String>> values) {
        Map<String, List<Concept>> derived = new HashMap<>();
        for (TableFile table : tables) {
            for (var column : nullSafe(table.table_columns())) {
                String name = column.name().toLowerCase(Locale.ROOT);
                String type = String.valueOf(column.type()).toLowerCase(Locale.ROOT);
                if (name.equals("id") || name.endsWith("_id") || name.endsWith("_name")) {
                    continue;
                }
                if (type.startsWith("text") && values.getOrDefault(name, Set.of("", " ")).size() > 1) {
                    put(derived, name, Concept.dimension(name));
                } else if (type.startsWith("numeric") || type.startsWith("integer") || type.startsWith("bigint")) {
                    put(derived, name, Concept.metric(name));
                }
            }
        }
        values.forEach((column, stored) -> stored.forEach(v -> put(derived, v, Concept.value(v, column))));
        Map<String, List<Concept>> written = new HashMap<>();
        Map<String, List<Concept>> implying = new HashMap<>();
        Map<String, Set<String>> sameWords = new HashMap<>();
        Set<String> synonyms = new java.util.HashSet<>();
        business.forEach(f -> nullSafe(f.vocabulary()).stream()
                .filter(t -> !WORD.equals(t.kind())).forEach(t -> nullSafe(t.synonyms())
                .forEach(w -> synonyms.add(w.toLowerCase(Locale.ROOT)))));
        for (BusinessFile file : business) {
            for (var metric : nullSafe(file.metrics())) {
                Matcher m = ABBREVIATED.matcher(String.valueOf(metric.name()));
                if (m.find()) {
                    String abbreviation = m.group(1).toLowerCase(Locale.ROOT);
                    put(derived, abbreviation, Concept.metric(abbreviation));
                    put(derived, m.group(2), Concept.metric(abbreviation));
                }
            }
            for (var term : nullSafe(file.vocabulary())) {
                if (WORD.equals(term.kind())) {
                    nullSafe(term.synonyms()).forEach(w -> sameWords.computeIfAbsent(term.term(), k -> new HashSet<>())
                            .add(w));
                    continue;
                }
                List<Concept> concepts = concepts(term, values);
                nullSafe(term.implied_by()).forEach(phrase -> concepts.forEach(c -> put(implying, phrase, c)));
                List<String> phrases = new ArrayList<>(nullSafe(term.synonyms()));
                // A term's own name is a phrase unless another term claims it as a synonym ("monthly" is a grain).
                for (String own : List.of(term.term(), term.term().replace('_', ' '))) {
                    if (!synonyms.contains(own.toLowerCase(Locale.ROOT)) || term.synonyms().contains(own)) {
                        phrases.add(own);
                    }
                }
                for (String phrase : phrases) {
                    concepts.forEach(c -> put(written, phrase, c));
                }
            }
        }
        // The first word of a numeric column ("storage" of storage_mb) names it too, where nothing else claims the word.
        for (TableFile table : tables) {
            for (var column : nullSafe(table.table_columns())) {
                String[] words = column.name().toLowerCase(Locale.ROOT).split("_");
                String type = String.valueOf(column.type()).toLowerCase(Locale.ROOT);
                if (words.length > 1 && words[0].length() > 3 && !column.name().endsWith("_id")
                        && !English.get().notMetricPrefixes.contains(words[0])
                        && (type.startsWith("numeric") || type.startsWith("integer"))
                        && !derived.containsKey(words[0]) && !written.containsKey(words[0])
                        && !namesAnotherMetric(words[0], column.name(), derived, written)) {
                    put(derived, words[0], Concept.metric(column.name().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return Lexicon.of(derived, written, implying, MetricRelations.of(business), sameWords,
                tables.stream().map(TableFile::table_name).filter(java.util.Objects::nonNull).toList());
    }

    /** Whether another metric's name starts with the word too ("unit" of unit_price and of units_sold). */
    private static boolean namesAnotherMetric(String word, String column, Map<String, List<Concept>> derived,
            Map<String, List<Concept>> written) {
        String first = Words.of(word).getFirst();
        return Stream.of(derived, written).flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getValue().stream().anyMatch(c -> c.kind() == Concept.Kind.METRIC
                        && !c.name().equals(column.toLowerCase(Locale.ROOT))))
                .map(e -> Words.of(e.getKey())).anyMatch(w -> w.size() > 1 && w.getFirst().equals(first));
    }

    /** A term's name as concepts carry it: trimmed, lower case. */
    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Concept> concepts(BusinessFile.Term term, Map<String, Set<String>> values) {
        String name = normalised(term.term());
        Concept.Kind kind = Concept.Kind.of(term.kind());
        if (kind != Concept.Kind.VALUE) {
            return List.of(new Concept(kind, name, null));
        }
        if (term.dimension() != null) {
            return List.of(Concept.value(name, term.dimension()));
        }
        List<Concept> found = new ArrayList<>();
        values.forEach((column, stored) -> {
            if (stored.contains(name)) {
                found.add(Concept.value(name, column));
            }
        });
        return found.isEmpty() ? List.of(Concept.value(name, "unknown")) : found;
    }

    private static void put(Map<String, List<Concept>> phrases, String phrase, Concept concept) {
        List<Concept> known = phrases.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), p -> new ArrayList<>());
        if (!known.contains(concept)) {
            known.add(concept);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
