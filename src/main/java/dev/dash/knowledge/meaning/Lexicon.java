package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
            "which", "what", "how", "far", "and", "or", "name", "individual", "single", "in", "on", "for", "to",
            "now", "paying", "paid", "active", "value", "amount", "count", "number", "total", "share", "percent", "percentage");
    private static final Pattern PERIOD = Pattern.compile("^(19|20)\\d\\d$|^(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]"
            + "|yesterday|ytd|since|between|during|last|past|previous|prior|ago|recent|recently|latest)$");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2}\\b");
    private static final Set<String> TREND = Set.of("trend", "over time", "history", "historical", "evolution",
            "evolve", "trajectory", "move", "moved", "changed over");

    /** Words before a grain word that make it a period, not a breakdown: "last year", "past 6 months". */
    private static final Pattern PERIOD_BEFORE_GRAIN = Pattern.compile(
            "^(last|past|previous|prior|this|next|half|recent|a|one|two|three|six|twelve|\\d+)$");

    private final Map<List<String>, List<Concept>> phrases;
    /** Short values (country codes) matched only as written in capitals, so "us" and "in" stay words. */
    private final Map<String, List<Concept>> codes;

    private Lexicon(Map<List<String>, List<Concept>> phrases, Map<String, List<Concept>> codes) {
        this.phrases = phrases;
        this.codes = codes;
    }

    /** Builds a lexicon: derived phrases first, then the vocabulary's, which win where both name a phrase. */
    public static Lexicon of(Map<String, List<Concept>> derived, Map<String, List<Concept>> vocabulary) {
        Map<List<String>, List<Concept>> phrases = new HashMap<>();
        Map<String, List<Concept>> codes = new HashMap<>();
        derived.forEach((phrase, concepts) -> {
            if (phrase.strip().length() <= 2) {
                codes.computeIfAbsent(phrase.strip().toUpperCase(java.util.Locale.ROOT), p -> new ArrayList<>())
                        .addAll(concepts);
            } else {
                add(phrases, phrase, concepts, false);
            }
        });
        Map<List<String>, List<Concept>> written = new HashMap<>();
        vocabulary.forEach((phrase, concepts) -> add(written, phrase, concepts, false));
        phrases.putAll(written);
        for (String trend : TREND) {
            phrases.putIfAbsent(Words.of(trend), List.of(Concept.grain(Reading.ANY_GRAIN)));
        }
        return new Lexicon(phrases, codes);
    }

    private static void add(Map<List<String>, List<Concept>> phrases, String phrase, List<Concept> concepts,
            boolean replace) {
        List<String> words = Words.of(phrase);
        if (words.isEmpty() || words.size() > LONGEST) {
            return;
        }
        List<Concept> known = phrases.computeIfAbsent(words, w -> new ArrayList<>());
        if (replace) {
            known.clear();
        }
        concepts.stream().filter(c -> !known.contains(c)).forEach(known::add);
    }

    /** What a text asks for: each named phrase with the concepts it may mean. */
    public Reading read(String text) {
        List<String> words = Words.of(text);
        List<List<Concept>> named = new ArrayList<>();
        Set<String> unknownBreakdowns = new LinkedHashSet<>();
        boolean period = false;
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); ) {
            int length = Math.min(LONGEST, words.size() - i);
            List<Concept> concepts = null;
            for (; length > 0; length--) {
                concepts = phrases.get(words.subList(i, i + length));
                if (concepts != null) {
                    break;
                }
            }
            if (concepts == null) {
                period |= PERIOD.matcher(words.get(i)).matches();
                i++;
                continue;
            }
            if (length == 1 && i > 0 && concepts.stream().allMatch(c -> c.kind() == Concept.Kind.GRAIN)
                    && PERIOD_BEFORE_GRAIN.matcher(words.get(i - 1)).matches()) {
                period = true;
            } else {
                named.add(List.copyOf(concepts));
            }
            for (int j = i; j < i + length; j++) {
                covered[j] = true;
            }
            i += length;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (GROUPING.contains(words.get(i)) && !covered[i]) {
                for (int j = i + 1; j < words.size() && !covered[j]; j++) {
                    String next = words.get(j);
                    if (FILLER.contains(next) || next.matches("\\d+")) {
                        continue;
                    }
                    if (!PERIOD.matcher(next).matches()) {
                        unknownBreakdowns.add(next);
                    }
                    break;
                }
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
        return new Reading(named, period, List.copyOf(unknownBreakdowns), unread);
    }

    /** The concepts a phrase names, or none. */
    public List<Concept> concepts(String phrase) {
        return phrases.getOrDefault(Words.of(phrase), List.of());
    }
}
