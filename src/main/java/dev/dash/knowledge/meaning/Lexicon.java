package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases mapped to the concepts they name: the vocabulary a person wrote, over what the tables and metrics name
 * themselves (column names, enumerated values, metric abbreviations). Reads a text into those concepts, longest phrase
 * first.
 */
public final class Lexicon {

    private static final int LONGEST = 6;
    /** Words after which a question asks for a breakdown ("by country"). */
    private static final Set<String> GROUPING = Set.of("by", "per", "across", "each", "every");
    /** Words that may follow a grouping word without naming a breakdown. */
    private static final Set<String> FILLER = Set.of("the", "a", "an", "our", "their", "its", "of", "customer",
            "account", "user", "client", "company", "subscription", "subscriber", "one", "type", "kind", "group",
            "which", "what", "how", "far", "and", "or", "name", "individual", "single", "in", "on", "for", "to", "now",
            "paying", "paid", "active", "value", "amount", "count", "number", "total", "share", "percent", "percentage",
            "they", "it", "them", "we", "us", "you", "is", "are", "was", "were", "has", "have", "had", "do", "does",
            "did", "will", "can", "should", "would", "current", "existing", "all", "stated", "given", "main", "primary",
            "different", "various", "grouped", "split", "broken", "segmented", "logo", "base", "each", "every");
    private static final Pattern PERIOD = Pattern.compile("^(19|20)\\d\\d$|^(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]"
            + "|yesterday|ytd|ttm|ltm|trailing|since|during|last|past|previous|prior|ago|recent|recently|latest)$");
    /** A period named by the calendar ("2022", "March", "Q3"), which a query's rolling window may not cover. */
    private static final Pattern CALENDAR = Pattern.compile("^(19|20)\\d\\d$|^(january|february|march|april|may|june"
            + "|july|august|september|october|november|december|q[1-4])$");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2}\\b");
    private static final Set<String> TREND = Set.of("trend", "over time", "history", "historical", "evolution",
            "evolve", "evolved", "evolving", "developed", "progressed", "shifted", "trajectory", "move", "moved",
            "changed over", "grow", "growing", "grew", "growth", "growth rate", "increase", "change", "changed",
            "changes", "grown", "trending", "trended", "curve");

    /**
     * Words that change what is asked beyond metrics and breakdowns: another statistic, the future, an exclusion (and
     * small numbers: "top 10"). A query answers such a question only if its own text uses the word ("median" in a
     * query computing the median).
     */
    private static final Set<String> QUALIFIERS = Set.of("median", "percentile", "p90", "p95", "p99", "quartile",
            "deviation", "variance", "stddev", "forecast", "forecasted", "predict", "predicted", "prediction",
            "projection", "projected", "extrapolate", "average", "mean", "euro", "eur", "gbp", "pound", "sterling",
            "yen", "jpy", "cad", "aud", "chf", "inr", "excluding", "exclude", "except", "without", "besides", "project",
            "projecting", "next", "upcoming", "future", "will", "expect", "expected", "anticipate", "anticipated",
            "longest", "shortest", "max", "maximum", "min", "minimum", "single", "not", "never", "didn", "doesn", "don",
            "isn", "aren", "wasn", "weren");
    /** A capitalised word inside a sentence (a name: "Germany", "Acme"), or an abbreviation ("EMEA", "CAC"). */
    private static final Pattern NAME = Pattern.compile("(?<![.?!:]\\s)(?<!^)\\b([A-Z][a-z]+|[A-Z]{2,}[a-z]?)\\b");

    /** Words between "which" and what it asks about ("which of our paying accounts"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "of", "paying",
            "paid", "active", "current", "existing", "all");
    /** Words that rank what a breakdown lists ("the worst", "most"). */
    private static final Set<String> RANKING = Set.of("most", "least", "best", "worst", "highest", "lowest", "top",
            "bottom", "biggest", "largest", "smallest", "greatest", "fewest", "more", "less", "often", "frequently",
            "much", "many", "common", "commonly");

    /** Grains written as an adjective, which may be a metric's unit ("monthly churn rate by plan"), not a series. */
    private static final Map<String, String> ADJECTIVE_GRAINS = Map.of("monthly", "month", "weekly", "week",
            "quarterly", "quarter", "daily", "day");

    /** Words asking for the figure as it stands now, not a series. */
    private static final Pattern PRESENT = Pattern.compile("\\b(now|currently|today|at the moment|at present)\\b");

    /** Words asking for one figure ("how many ... in 2024"), which a month-by-month table does not give. */
    private static final Pattern TOTAL = Pattern.compile(
            "\\b(how many|how much)\\b(?! (percent|percentage|share))|\\b(total|sum|altogether|overall)\\b");

    /** Words that rank groups: "which tier loses the most customers each month" asks for a rate per tier, no series. */
    private static final Set<String> SUPERLATIVES = Set.of("which", "most", "least", "best", "worst", "highest",
            "lowest", "top", "bottom", "biggest", "largest", "smallest", "fewest");

    /** Words that make "likely" compare ("more likely to cancel") rather than predict. */
    private static final Set<String> COMPARATIVE = Set.of("more", "less", "most", "least", "as", "equally");

    /** Words before a grain that make it a metric's unit: "in a typical month". */
    private static final Set<String> TYPICAL = Set.of("typical", "normal", "average", "usual", "given");

    /** Words that include a value rather than filter on it. */
    private static final Set<String> INCLUDING = Set.of("including", "included", "incl", "inclusive");

    /** Nouns after which "who" starts a clause about them ("customers who signed up"), not a request for a list. */
    private static final Set<String> BEFORE_RELATIVE_WHO = Set.of("customer", "account", "user", "client", "company",
            "people", "person", "folk", "those", "one", "everyone", "anyone", "everybody", "anybody", "subscriber",
            "business", "team");

    /** Words before a grain word that make it a period, not a breakdown: "last year", "past 6 months". */
    private static final Pattern PERIOD_BEFORE_GRAIN = Pattern.compile(
            "^(last|past|previous|prior|this|next|half|recent|latest|current|a|one|two|three|six|twelve|\\d+)$");

    private final Map<List<String>, List<Concept>> phrases;
    /** Values of the data that the vocabulary gave another meaning ("monthly" is a grain, and a billing cycle). */
    private final Map<String, List<Concept>> shadowedValues;
    /** Phrases that imply a metric only when the question names no other ("brings in"). */
    private final Set<List<String>> implied;
    /** Short values (country codes) matched only as written in capitals, so "us" and "in" stay words. */
    private final Map<String, List<Concept>> codes;
    /** Units, ratios and predictions of the metrics. */
    private final MetricRelations relations;

    private Lexicon(Map<List<String>, List<Concept>> phrases, Map<String, List<Concept>> shadowedValues,
            Set<List<String>> implied, Map<String, List<Concept>> codes, MetricRelations relations) {
        this.phrases = phrases;
        this.shadowedValues = shadowedValues;
        this.implied = implied;
        this.codes = codes;
        this.relations = relations;
    }

    /**
     * Builds a lexicon: derived phrases first, then the vocabulary's, which win, then phrases that only imply a metric.
     */
    public static Lexicon of(Map<String, List<Concept>> derived, Map<String, List<Concept>> vocabulary,
            Map<String, List<Concept>> implying, MetricRelations relations) {
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
        for (String trend : TREND) {
            phrases.putIfAbsent(Words.of(trend), List.of(Concept.grain(Reading.ANY_GRAIN)));
        }
        return new Lexicon(phrases, shadowedValues, Set.copyOf(implied), codes, relations);
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
        List<String> words = Words.of(text);
        List<NamedPhrase> found = new ArrayList<>();
        Set<String> unknownBreakdowns = new LinkedHashSet<>();
        boolean period = false;
        int calendar = 0;
        int lastCalendar = -2;
        Set<String> adjectiveGrains = new HashSet<>();
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); ) {
            int length = longestAt(words, i);
            List<Concept> concepts = length == 0 ? null : phrases.get(words.subList(i, i + length));
            if (concepts != null && overlapped(words, i, length)) {
                concepts = null;
            }
            if (concepts == null) {
                covered[i] = labelOfValue(found, words.subList(i, i + 1), i, List.of());
                period |= PERIOD.matcher(words.get(i)).matches();
                if (CALENDAR.matcher(words.get(i)).matches()) {
                    // "March 2024" is one period, "2025 compared with 2024" two.
                    calendar += i == lastCalendar + 1 ? 0 : 1;
                    lastCalendar = i;
                }
                i++;
                continue;
            }
            boolean grain = concepts.stream().allMatch(c -> c.kind() == Concept.Kind.GRAIN);
            if (length == 1 && i > 0 && grain && PERIOD_BEFORE_GRAIN.matcher(words.get(i - 1)).matches()) {
                period = true;
            } else if (namesSomething(found, words, i, length, concepts)) {
                List<String> phrase = words.subList(i, i + length);
                found.add(new NamedPhrase(concepts, i, i + length, implied.contains(phrase),
                        length == 1 ? shadowedValues.getOrDefault(words.get(i), List.of()) : List.of()));
                if (length == 1 && ADJECTIVE_GRAINS.containsKey(words.get(i))) {
                    adjectiveGrains.add(ADJECTIVE_GRAINS.get(words.get(i)));
                } else if (grain && i > 0 && TYPICAL.contains(words.get(i - 1))) {
                    concepts.forEach(c -> adjectiveGrains.add(c.name()));
                }
            }
            for (int j = i; j < i + length; j++) {
                covered[j] = true;
            }
            i += length;
        }
        List<List<Concept>> named = new ArrayList<>(PhrasesTogether.resolve(found, words, relations));
        Set<String> qualifiers = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean which = words.get(i).equals("which");
            if ((which || GROUPING.contains(words.get(i))) && !covered[i]) {
                unreadAfter(words, covered, i, which).ifPresent(which ? qualifiers::add : unknownBreakdowns::add);
            }
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (codes.containsKey(code.group())) {
                named.add(List.copyOf(codes.get(code.group())));
            }
        }
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i]) {
                unread.add(words.get(i));
            }
        }
        unread.stream().filter(w -> QUALIFIERS.contains(w) || w.matches("\\d{1,3}(st|nd|rd|th)?"))
                .forEach(qualifiers::add);
        // "likely to cancel" predicts, which only a query saying so answers; "more likely to cancel" compares rates.
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i] && predictiveLikely(words, i)) {
                qualifiers.add("likely");
            }
        }
        Matcher name = NAME.matcher(text.strip());
        while (!titleCase(text) && name.find()) {
            List<String> nameWords = Words.of(name.group(1));
            if (!codes.containsKey(name.group(1)) && !nameWords.isEmpty() && unread.contains(nameWords.getFirst())
                    && !PERIOD.matcher(nameWords.getFirst()).matches()) {
                qualifiers.add(nameWords.getFirst());
            }
        }
        String joined = String.join(" ", words);
        return new Reading(named, unitsNamed(named, words, adjectiveGrains), period, calendar,
                PRESENT.matcher(joined).find(), TOTAL.matcher(joined).find(), List.copyOf(unknownBreakdowns), unread,
                List.copyOf(qualifiers));
    }

    /**
     * Metric → the unit the question states for it. "ARPA per month" states the unit; with a breakdown named, only an
     * adjective ("monthly churn by plan") or a ranking ("which plan loses most customers per month") does, since
     * "churn per month by plan" asks for a series.
     */
    private Map<String, String> unitsNamed(List<List<Concept>> named, List<String> words, Set<String> adjectiveGrains) {
        Map<String, String> namedUnits = new HashMap<>();
        List<Concept> asked = named.stream().flatMap(List::stream).toList();
        boolean breakdown = asked.stream().anyMatch(c -> c.kind() == Concept.Kind.DIMENSION);
        boolean ranked = words.stream().anyMatch(SUPERLATIVES::contains);
        Map<String, String> units = relations.units();
        asked.stream().filter(c -> c.kind() == Concept.Kind.METRIC && units.containsKey(c.name())
                && (!breakdown || ranked || adjectiveGrains.contains(units.get(c.name()))))
                .forEach(c -> namedUnits.put(c.name(), units.get(c.name())));
        return Map.copyOf(namedUnits);
    }

    /** Whether a phrase found names something, rather than starting a clause, labelling a value or including one. */
    private static boolean namesSomething(List<NamedPhrase> found, List<String> words, int i, int length,
            List<Concept> concepts) {
        return !relativeWho(words, i, length) && !labelOfValue(found, words.subList(i, i + length), i, concepts)
                && !included(words, i, length, concepts);
    }

    /** Whether word i is a "likely" that predicts ("likely to cancel"), not one that compares ("more likely"). */
    static boolean predictiveLikely(List<String> words, int i) {
        return words.get(i).equals("likely") && (i == 0 || !COMPARATIVE.contains(words.get(i - 1)));
    }

    /** "customers who signed up": "who" after a noun starts a clause about it, it does not ask who. */
    private static boolean relativeWho(List<String> words, int i, int length) {
        return length == 1 && words.get(i).equals("who") && i > 0 && BEFORE_RELATIVE_WHO.contains(words.get(i - 1));
    }

    /**
     * "high priority", "enterprise plan", "month-to-month billing", "enterprise-size": a dimension, or words of its
     * name, right after one of its values label the value, which then means that dimension's value only ("enterprise"
     * is a plan and a company size); they name no breakdown (nor a ticket category "billing").
     */
    private static boolean labelOfValue(List<NamedPhrase> found, List<String> phrase, int i, List<Concept> concepts) {
        if (found.isEmpty() || found.getLast().end() != i) {
            return false;
        }
        boolean dimension = !concepts.isEmpty() && concepts.stream().allMatch(c -> c.kind() == Concept.Kind.DIMENSION);
        List<Concept> values = found.getLast().concepts().stream().filter(v -> v.kind() == Concept.Kind.VALUE).toList();
        List<Concept> labelled = values.stream()
                .filter(v -> dimension && concepts.stream().anyMatch(c -> c.name().equals(v.dimension()))).toList();
        if (labelled.isEmpty()) {
            labelled = values.stream().filter(v -> Words.of(v.dimension()).containsAll(phrase)).toList();
        }
        if (labelled.isEmpty()) {
            return false;
        }
        found.set(found.size() - 1, found.getLast().as(labelled));
        return true;
    }

    /** "trials included", "including refunds": a value included is no filter. */
    private static boolean included(List<String> words, int i, int length, List<Concept> concepts) {
        return concepts.stream().allMatch(c -> c.kind() == Concept.Kind.VALUE)
                && (i > 0 && INCLUDING.contains(words.get(i - 1))
                        || i + length < words.size() && INCLUDING.contains(words.get(i + length)));
    }

    /** Length of the longest phrase starting at word i, 0 when none does. */
    private int longestAt(List<String> words, int i) {
        for (int length = Math.min(LONGEST, words.size() - i); length > 0; length--) {
            if (phrases.containsKey(words.subList(i, i + length))) {
                return length;
            }
        }
        return 0;
    }

    /** Whether a phrase as long starts inside this one and reaches past it: "each [customer size]". */
    private boolean overlapped(List<String> words, int i, int length) {
        for (int j = i + 1; j < i + length; j++) {
            int other = longestAt(words, j);
            if (other >= length && j + other > i + length && !implied.contains(words.subList(j, j + other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word after position i that says what is asked for but that no phrase read ("by gender", "which reps").
     * After "which", a filler noun ("which paying accounts") is what is asked for, so nothing is unread.
     */
    private static Optional<String> unreadAfter(List<String> words, boolean[] covered, int i, boolean which) {
        for (int j = i + 1; j < words.size() && !covered[j]; j++) {
            String next = words.get(j);
            if (RANKING.contains(next) || which && FILLER.contains(next) && !DETERMINERS.contains(next)) {
                return Optional.empty();
            }
            if (!FILLER.contains(next) && !next.matches("\\d+")) {
                return PERIOD.matcher(next).matches() ? Optional.empty() : Optional.of(next);
            }
        }
        return Optional.empty();
    }

    /** "Churn Rate By Plan": capitals that mark a title, not names. */
    private static boolean titleCase(String text) {
        String[] words = text.strip().split("\\s+");
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .count();
        return words.length > 2 && capitalised * 2 > words.length;
    }

    /** Ratio metric → [numerator, denominator], as the vocabulary states them. */
    public Map<String, List<String>> ratios() {
        return relations.ratios();
    }

    /** The concepts a phrase names, or none. */
    public List<Concept> concepts(String phrase) {
        return phrases.getOrDefault(Words.of(phrase), List.of());
    }
}
