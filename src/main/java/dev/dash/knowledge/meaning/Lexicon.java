package dev.dash.knowledge.meaning;

import dev.dash.language.Spelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrases mapped to the concepts they name: the vocabulary a person wrote, over what the tables and metrics name
 * themselves (column names, enumerated values, metric abbreviations). Reads a text into those concepts, longest phrase
 * first ({@link QuestionReader}).
 */
public final class Lexicon {

    private static final int LONGEST = 6;

    final Map<List<String>, List<Concept>> phrases;
    /** Values of the data that the vocabulary gave another meaning ("monthly" is a grain, and a billing cycle). */
    final Map<String, List<Concept>> shadowedValues;
    /** Phrases that imply a metric only when the question names no other ("brings in"). */
    final Set<List<String>> implied;
    /** Short values (country codes) matched only as written in capitals, so "us" and "in" stay words. */
    final Map<String, List<Concept>> codes;
    /** Units, ratios and predictions of the metrics. */
    final MetricRelations relations;
    /** Word a query uses → the words people use for it ("customer" → "account", "logo"), as Words reads them. */
    final Map<String, Set<String>> sameWords;
    /** The things a table holds one row each of, as Words reads them ("invoice", "customer", "account"). */
    final Set<String> entities;
    private final Map<String, Set<String>> valuesOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** The words of every phrase and of the English lists: what a misspelt word may have meant. */
    private final Set<String> known;

    private Lexicon(Map<List<String>, List<Concept>> phrases, Map<String, List<Concept>> shadowedValues,
            Set<List<String>> implied, Map<String, List<Concept>> codes, MetricRelations relations,
            Map<String, Set<String>> sameWords, Set<String> entities) {
        this.phrases = phrases;
        this.shadowedValues = shadowedValues;
        this.implied = implied;
        this.codes = codes;
        this.relations = relations;
        this.sameWords = sameWords;
        this.entities = entities;
        Set<String> words = new HashSet<>(English.get().listed);
        phrases.keySet().forEach(words::addAll);
        this.known = Set.copyOf(words);
    }

    /**
     * The question's words with each misspelt one read as the known word it is one edit from; a word typed with a
     * capital is left alone, as names are ("Planz").
     */
    List<String> spelled(List<String> words, String text) {
        return words.stream().map(w -> text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + ".*")
                ? Spelling.corrected(w, known) : w).toList();
    }

    /**
     * Builds a lexicon: derived phrases first, then the vocabulary's, which win, then phrases that only imply a metric.
     */
    public static Lexicon of(Map<String, List<Concept>> derived, Map<String, List<Concept>> vocabulary,
            Map<String, List<Concept>> implying, MetricRelations relations, Map<String, Set<String>> sameWords,
            List<String> tables) {
        Map<List<String>, List<Concept>> phrases = new HashMap<>();
        Map<String, List<Concept>> codes = new HashMap<>();
        derived.forEach((phrase, concepts) -> {
            if (phrase.strip().length() <= 2) {
                codes.computeIfAbsent(phrase.strip().toUpperCase(Locale.ROOT), p -> new ArrayList<>())
                        .addAll(concepts);
            } else {
                add(phrases, phrase, concepts);
            }
        });
        Map<List<String>, List<Concept>> written = new HashMap<>();
        vocabulary.forEach((phrase, concepts) -> add(written, phrase, concepts));
        Map<String, List<Concept>> shadowedValues = new HashMap<>();
        written.forEach((words, concepts) -> {
            List<Concept> values = phrases.getOrDefault(words, List.of()).stream()
                    .filter(c -> c.kind() == Concept.Kind.VALUE && !concepts.contains(c)).toList();
            if (words.size() == 1 && !values.isEmpty()) {
                shadowedValues.put(words.getFirst(), values);
            }
        });
        phrases.putAll(written);
        Set<List<String>> implied = new HashSet<>();
        implying.forEach((phrase, concepts) -> {
            List<String> words = Words.of(phrase);
            if (!phrases.containsKey(words)) {
                add(phrases, phrase, concepts);
                implied.add(words);
            }
        });
        for (String trend : English.get().trend) {
            phrases.putIfAbsent(Words.of(trend), List.of(Concept.grain(Reading.ANY_GRAIN)));
        }
        Map<String, Set<String>> same = new HashMap<>();
        sameWords.forEach((word, others) -> others.forEach(o -> same.computeIfAbsent(Words.of(word).getLast(),
                w -> new HashSet<>()).addAll(Words.of(o))));
        // What a table's rows are ("invoices": invoice), and the business's words for them ("account" for customer).
        Set<String> entities = new HashSet<>();
        tables.forEach(t -> entities.add(Words.of(t).getLast()));
        Set.copyOf(entities).forEach(e -> entities.addAll(same.getOrDefault(e, Set.of())));
        return new Lexicon(phrases, shadowedValues, Set.copyOf(implied), codes, relations, Map.copyOf(same),
                Set.copyOf(entities));
    }

    private static void add(Map<List<String>, List<Concept>> phrases, String phrase, List<Concept> concepts) {
        List<String> words = Words.of(phrase);
        if (words.isEmpty() || words.size() > LONGEST) {
            return;
        }
        List<Concept> known = phrases.computeIfAbsent(words, w -> new ArrayList<>());
        concepts.stream().filter(c -> !known.contains(c)).forEach(known::add);
    }

    /** What a text asks for: each named phrase with the concepts it may mean. */
    public Reading read(String text) {
        return QuestionReader.read(this, text);
    }

    /** Length of the longest phrase starting at word i, 0 when none does. */
    int longestAt(List<String> words, int i) {
        for (int length = Math.min(LONGEST, words.size() - i); length > 0; length--) {
            if (phrases.containsKey(words.subList(i, i + length))) {
                return length;
            }
        }
        return 0;
    }

    /** Whether a phrase as long starts inside this one and reaches past it: "each [customer size]". */
    boolean overlapped(List<String> words, int i, int length) {
        for (int j = i + 1; j < i + length; j++) {
            int other = longestAt(words, j);
            if (other >= length && j + other > i + length && !implied.contains(words.subList(j, j + other))) {
                return true;
            }
        }
        return false;
    }

    /** Ratio metric → [numerator, denominator], as the vocabulary states them. */
    public Map<String, List<String>> ratios() {
        return relations.ratios();
    }

    /** The concepts a phrase names, or none. */
    public List<Concept> concepts(String phrase) {
        return phrases.getOrDefault(Words.of(phrase), List.of());
    }

    /** The words of every value of these dimensions ("starter", "switched competitor"). */
    Set<String> valueWords(Set<String> dimensions) {
        Set<String> words = new HashSet<>();
        phrases.forEach((phrase, concepts) -> {
            if (concepts.stream().anyMatch(c -> c.kind() == Concept.Kind.VALUE && dimensions.contains(c.dimension()))) {
                words.addAll(phrase);
            }
        });
        return words;
    }

    /**
     * Whether a value named may be of two kinds of thing: "enterprise" is a plan and a company size (their values
     * differ), while a plan, a previous plan and a new plan hold the same values and are one kind.
     */
    boolean ambiguous(List<Concept> alternatives) {
        return kinds(alternatives).size() > 1;
    }

    /** The kinds of thing (the value sets of their dimensions) the values among these alternatives are of. */
    Set<Set<String>> kinds(List<Concept> alternatives) {
        Set<Set<String>> kinds = new HashSet<>();
        alternatives.stream().filter(c -> c.kind() == Concept.Kind.VALUE)
                .forEach(c -> kinds.add(valuesOf(c.dimension())));
        return kinds;
    }

    /** The values the data holds for a dimension. */
    Set<String> valuesOf(String dimension) {
        return valuesOf.computeIfAbsent(dimension, this::values);
    }

    private Set<String> values(String dimension) {
        Set<String> values = new HashSet<>();
        phrases.values().forEach(concepts -> concepts.stream()
                .filter(c -> c.kind() == Concept.Kind.VALUE && dimension.equals(c.dimension()))
                .forEach(c -> values.add(c.name())));
        return values;
    }
}
