package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as lower-case word tokens with plurals folded, so phrases and questions compare word by word. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace("'s", "").replace('_', ' '));
        while (m.find()) {
            String word = singular(m.group());
            words.add(English.get().abbreviations.getOrDefault(word, word));
        }
        return words;
    }

    static String singular(String word) {
        // "billings", "earnings": plurals of a gerund name an amount, not the activity.
        if (word.length() > 6 && word.endsWith("ings")) {
            return word;
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
