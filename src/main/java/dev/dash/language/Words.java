package dev.dash.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Text as lower-case word tokens with plurals folded to the singular by Lucene's minimal English stemmer, so questions,
 * phrases, queries and data names compare word by word.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

    private Words() {
    }

    /** The words of a text, in order ("customers'" and "customer's" are "customer"; "signup_date" is two words). */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace("'s", "").replace('_', ' '));
        while (m.find()) {
            words.add(singular(m.group()));
        }
        return words;
    }

    public static String singular(String word) {
        // "billings", "earnings": the plural of a gerund names an amount, not the activity.
        if (word.length() > 6 && word.endsWith("ings")) {
            return word;
        }
        char[] chars = word.toCharArray();
        return new String(chars, 0, STEMMER.stem(chars, chars.length));
    }
}
