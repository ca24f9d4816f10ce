package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one question with a lexicon: its phrases, longest first, with the words around them that make a grain a
 * period or a metric's unit; then what the phrases mean together, breakdowns the lexicon has no word for, country
 * codes, and the qualifiers among the words no phrase read.
 */
final class QuestionReader {

    private static final English EN = English.get();
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2}\\b");

    private final Lexicon lexicon;
    private final String text;
    private final List<String> words;
    private final boolean[] covered;
    private final List<NamedPhrase> found = new ArrayList<>();
    private final Set<String> adjectiveGrains = new HashSet<>();
    private boolean period;
    private boolean relative;
    private final Set<String> periodUnits = new LinkedHashSet<>();
    private final Set<String> periodCounts = new LinkedHashSet<>();
    private int calendar;
    private int lastCalendar = -2;

    private QuestionReader(Lexicon lexicon, String text) {
        this.lexicon = lexicon;
        this.text = text;
        this.words = lexicon.spelled(Words.of(text), text);
        this.covered = new boolean[words.size()];
    }

    static Reading read(Lexicon lexicon, String text) {
        return new QuestionReader(lexicon, text).read();
    }

    private Reading read() {
        for (int i = 0; i < words.size(); ) {
            i = phraseAt(i);
        }
        List<List<Concept>> named = new ArrayList<>(PhrasesTogether.resolve(found, words, lexicon.relations));
        // A value of two kinds of thing is settled by another value the question names of one of them ("enterprise
        // versus starter": plans).
        Set<Set<String>> settled = new HashSet<>();
        named.stream().filter(a -> !lexicon.ambiguous(a)).forEach(a -> settled.addAll(lexicon.kinds(a)));
        named.stream().flatMap(List::stream).filter(c -> c.kind() == Concept.Kind.DIMENSION)
                .forEach(c -> settled.add(lexicon.valuesOf(c.name())));
        List<String> ambiguous = named.stream().filter(lexicon::ambiguous)
                .filter(a -> lexicon.kinds(a).stream().filter(settled::contains).count() != 1)
                .map(a -> a.getFirst().name()).toList();
        Set<String> qualifiers = new LinkedHashSet<>();
        Set<String> unknownBreakdowns = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean which = words.get(i).equals("which");
            if ((which || EN.grouping.contains(words.get(i))) && !covered[i]) {
                unreadAfter(i, which).ifPresent(which ? qualifiers::add : unknownBreakdowns::add);
            }
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (lexicon.codes.containsKey(code.group())) {
                named.add(List.copyOf(lexicon.codes.get(code.group())));
            }
        }
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i]) {
                unread.add(words.get(i));
            }
        }
        Qualifiers.addTo(qualifiers, text, words, covered, unread, lexicon.codes);
        String joined = String.join(" ", words);
        return new Reading(named, unitsNamed(named), period, calendar, EN.present.matcher(joined).find(),
                EN.total.matcher(joined).find(), List.copyOf(unknownBreakdowns), unread, List.copyOf(qualifiers),
                new Reading.Period(Set.copyOf(periodUnits), relative, Set.copyOf(periodCounts)), ambiguous,
                lexicon.relations.absorbedBy(named.stream().flatMap(List::stream).toList()),
                RowsAsked.in(words, metricWords(), lexicon),
                RowsAsked.counted(words, metricWords(), lexicon, named.stream().flatMap(List::stream).toList()),
                RowsAsked.countAsked(words, phraseWords(), lexicon, named.stream().flatMap(List::stream).toList(),
                        text),
                Ranking.endAsked(unread, named.stream().flatMap(List::stream).toList(), lexicon.relations));
    }

    /** Where the question names a metric or a value ("how many free trials": trials), not what a count counts. */
    private Set<Integer> phraseWords() {
        Set<Integer> at = new HashSet<>();
        found.stream()
                .filter(p -> p.namesMetric() || p.concepts().stream().anyMatch(c -> c.kind() == Concept.Kind.VALUE))
                .forEach(p -> java.util.stream.IntStream.range(p.start(), p.end()).forEach(at::add));
        return at;
    }

    /** Where the question names a metric ("which tier loses customers": loses). */
    private Set<Integer> metricWords() {
        Set<Integer> at = new HashSet<>();
        found.stream().filter(NamedPhrase::namesMetric)
                .forEach(p -> java.util.stream.IntStream.range(p.start(), p.end()).forEach(at::add));
        return at;
    }

    /** Reads the longest phrase at word i (or the word alone) and returns where the next one starts. */
    private int phraseAt(int i) {
        int length = lexicon.longestAt(words, i);
        List<Concept> concepts = length == 0 ? null : lexicon.phrases.get(words.subList(i, i + length));
        if (concepts != null && lexicon.overlapped(words, i, length)) {
            concepts = null;
        }
        if (concepts == null) {
            covered[i] = PhraseRoles.labelOfValue(found, words.subList(i, i + 1), i, List.of());
            period |= EN.period.matcher(words.get(i)).matches();
            relative |= EN.relative.matcher(words.get(i)).matches();
            EN.periodUnits.forEach((unit, names) -> {
                if (names.matcher(words.get(i)).matches()) {
                    periodUnits.add(unit);
                }
            });
            if (EN.calendar.matcher(words.get(i)).matches()) {
                // "March 2024" is one period, "2025 compared with 2024" two.
                calendar += i == lastCalendar + 1 ? 0 : 1;
                lastCalendar = i;
            }
            return i + 1;
        }
        boolean grain = concepts.stream().allMatch(c -> c.kind() == Concept.Kind.GRAIN);
        if (length == 1 && i > 0 && grain && EN.periodBeforeGrain.matcher(words.get(i - 1)).matches()) {
            period = true;
            // "last week", "past 2 years" count back from today; "after a year" is a length of time, which the rows
            // need not give.
            if (EN.relative.matcher(words.get(i - 1)).matches()
                    || i > 1 && EN.relative.matcher(words.get(i - 2)).matches()) {
                concepts.forEach(c -> periodUnits.add(c.name()));
                if (!EN.relative.matcher(words.get(i - 1)).matches()) {
                    periodCounts.add(words.get(i - 1));
                }
            }
        } else if (PhraseRoles.namesSomething(found, words, i, length, concepts)) {
            List<String> phrase = words.subList(i, i + length);
            found.add(new NamedPhrase(concepts, i, i + length, lexicon.implied.contains(phrase),
                    length == 1 ? lexicon.shadowedValues.getOrDefault(words.get(i), List.of()) : List.of()));
            if (length == 1 && EN.adjectiveGrains.containsKey(words.get(i))) {
                adjectiveGrains.add(EN.adjectiveGrains.get(words.get(i)));
            } else if (grain && i > 0 && EN.typical.contains(words.get(i - 1))) {
                concepts.forEach(c -> adjectiveGrains.add(c.name()));
            }
        }
        for (int j = i; j < i + length; j++) {
            covered[j] = true;
        }
        return i + length;
    }

    /**
     * Metric → the unit the question states for it. "ARPA per month" states the unit; with a breakdown named, only an
     * adjective ("monthly churn by plan") or a ranking ("which plan loses most customers per month") does, since
     * "churn per month by plan" asks for a series.
     */
    private Map<String, String> unitsNamed(List<List<Concept>> named) {
        Map<String, String> namedUnits = new HashMap<>();
        List<Concept> asked = named.stream().flatMap(List::stream).toList();
        boolean breakdown = asked.stream().anyMatch(c -> c.kind() == Concept.Kind.DIMENSION);
        boolean ranked = words.stream().anyMatch(EN.superlatives::contains);
        Map<String, String> units = lexicon.relations.units();
        asked.stream().filter(c -> c.kind() == Concept.Kind.METRIC && units.containsKey(c.name())
                && (!breakdown || ranked || adjectiveGrains.contains(units.get(c.name()))))
                .forEach(c -> namedUnits.put(c.name(), units.get(c.name())));
        return Map.copyOf(namedUnits);
    }

    /**
     * The first word after position i that says what is asked for but that no phrase read ("by gender", "which reps").
     * After "which", a filler noun ("which paying accounts") is what is asked for, so nothing is unread.
     */
    private Optional<String> unreadAfter(int i, boolean which) {
        for (int j = i + 1; j < words.size() && !covered[j]; j++) {
            String next = words.get(j);
            if (EN.ranking.contains(next) || which && EN.filler.contains(next) && !EN.determiners.contains(next)) {
                return Optional.empty();
            }
            if (!EN.filler.contains(next) && !next.matches("\\d+")) {
                return EN.period.matcher(next).matches() ? Optional.empty() : Optional.of(next);
            }
        }
        return Optional.empty();
    }
}
