package dev.dash.language;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Words that ask, point or hedge without saying which data is wanted: Lucene's English stop words and
 * {@code language/function-words.txt}. Any other word of a question must be explained before a query answers it.
 */
public final class FunctionWords {

    private static final Set<String> WORDS = load();

    private FunctionWords() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(WordList.load("language/function-words.txt"));
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.addAll(Words.of(new String((char[]) w))));
        return Set.copyOf(words);
    }
}
