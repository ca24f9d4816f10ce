package dev.dash.knowledge.meaning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dash.knowledge.files.BusinessFile;
import dev.dash.language.FunctionWords;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads a reply to a clarifying question, by the words of {@code meaning/clarify.yaml}: which option it picks (by
 * number, label or id, with filler words around it), and whether it asks to keep the choice for good.
 */
public final class Replies {

    private static final ReplyWords LOADED = load("meaning/clarify.yaml");

    private Replies() {
    }

    /** The option the reply picks, if it picks one and says nothing else. */
    public static Optional<BusinessFile.Option> picked(BusinessFile.AmbiguousTerm term, String reply) {
        List<String> words = new ArrayList<>(Words.of(reply));
        LOADED.remember.forEach(phrase -> remove(words, Words.of(phrase)));
        words.removeIf(w -> LOADED.filler.contains(w) || FunctionWords.contains(w));
        // "Collected revenue" picks Collected as "Collected" does; "Last 12 months" is still the label it is.
        List<String> withoutTerm = new ArrayList<>(words);
        withoutTerm.removeAll(Words.of(term.term()));
        List<BusinessFile.Option> options = term.options();
        for (int i = 0; i < options.size(); i++) {
            BusinessFile.Option option = options.get(i);
            for (List<String> said : List.of(words, withoutTerm)) {
                if (said.equals(List.of(String.valueOf(i + 1))) || said.equals(Words.of(option.label()))
                        || said.equals(Words.of(option.id()))) {
                    return Optional.of(option);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the reply asks to keep the choice beyond the session ("always", "remember that"). */
    public static boolean remember(String reply) {
        List<String> words = Words.of(reply);
        return LOADED.remember.stream().anyMatch(phrase -> Collections.indexOfSubList(words, Words.of(phrase)) >= 0);
    }

    private static void remove(List<String> words, List<String> phrase) {
        int at;
        while ((at = Collections.indexOfSubList(words, phrase)) >= 0) {
            words.subList(at, at + phrase.size()).clear();
        }
    }

    private static ReplyWords load(String resource) {
        try (InputStream in = Replies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, ReplyWords.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    @RegisterForReflection
    record ReplyWords(List<String> remember, List<String> filler) {
    }
}
