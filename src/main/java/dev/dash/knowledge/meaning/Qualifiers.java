package dev.dash.knowledge.meaning;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a question no phrase read that change what it asks: another statistic, the future, an exclusion, small
 * numbers ("top 10"), a predicting "likely", and names ("Germany", "Acme", "K-Pop"). A query answers such a question
 * only if its own text uses the word.
 */
final class Qualifiers {

    private static final English EN = English.get();
    /** A capitalised word inside a sentence (a name: "Germany", "Acme"), or an abbreviation ("EMEA", "CAC"). */
    private static final Pattern NAME = Pattern.compile("(?<![.?!:]\\s)(?<!^)\\b([A-Z][a-z]+|[A-Z]{2,}[a-z]?)\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)?");
    /** A word with a one-letter part ("K-Pop", "J-Pop"): a name of its own, not the word after the letter. */
    private static final Pattern LETTER_COMPOUND = Pattern.compile("(?i)\\b([a-z]-[a-z]{2,}|[a-z]{2,}-[a-z])\\b");

    private Qualifiers() {
    }

    /** Adds the qualifiers among the unread words, in the order the reading has always listed them. */
    static void addTo(Set<String> qualifiers, String text, List<String> words, boolean[] covered, List<String> unread,
            Map<String, List<Concept>> codes) {
        unread.stream().filter(w -> EN.qualifiers.contains(w) || ORDINAL.matcher(w).matches())
                .forEach(qualifiers::add);
        // "likely to cancel" predicts, which only a query saying so answers; "more likely to cancel" compares rates.
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i] && PhraseRoles.predictiveLikely(words, i)) {
                qualifiers.add("likely");
            }
        }
        Matcher compound = LETTER_COMPOUND.matcher(text);
        while (compound.find()) {
            qualifiers.add(compound.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher name = NAME.matcher(text.strip());
        while (!titleCase(text) && name.find()) {
            List<String> nameWords = Words.of(name.group(1));
            if (!codes.containsKey(name.group(1)) && !nameWords.isEmpty() && unread.contains(nameWords.getFirst())
                    && !EN.period.matcher(nameWords.getFirst()).matches()) {
                qualifiers.add(nameWords.getFirst());
            }
        }
    }

    /** "Churn Rate By Plan": capitals that mark a title, not names. */
    private static boolean titleCase(String text) {
        String[] words = text.strip().split("\\s+");
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .count();
        return words.length > 2 && capitalised * 2 > words.length;
    }
}
