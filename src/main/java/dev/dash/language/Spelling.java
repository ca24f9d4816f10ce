package dev.dash.language;

import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A misspelt word read as the one known word a single edit away ("proportionaly", "engagment"). Only a word that
 * WordNet does not hold and that is long enough to tell is corrected, and only when one known word is that close.
 */
public final class Spelling {

    private static final int SHORTEST = 5;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private Spelling() {
    }

    public static String corrected(String word, Set<String> known) {
        if (word.length() < SHORTEST || known.contains(word) || !word.chars().allMatch(Character::isLetter)
                || FunctionWords.contains(word) || WordNet.knows(word)) {
            return word;
        }
        List<String> near = known.stream().filter(k -> Math.abs(k.length() - word.length()) <= 1
                && ONE_EDIT.apply(k, word) >= 0).limit(2).toList();
        return near.size() == 1 ? near.getFirst() : word;
    }
}
