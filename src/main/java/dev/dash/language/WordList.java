package dev.dash.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A list of words in a resource file: words separated by white space, lines starting with # are comments. */
public final class WordList {

    private WordList() {
    }

    /** The file's words, each as {@link Words} reads it. */
    public static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordList.class.getClassLoader().getResourceAsStream(resource)) {
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
