package dev.dash.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Words that ask, point or hedge without saying which data is wanted: Lucene's English stop words and
 * {@code language/function-words.txt}. Any other word of a question must be explained before a query answers it.
 */
public final class FunctionWords {

    private static final Set<String> WORDS = load("language/function-words.txt");

    private FunctionWords() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.addAll(Words.of(new String((char[]) w))));
        try (InputStream in = FunctionWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#"))
                    .forEach(line -> words.addAll(Words.of(line)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
