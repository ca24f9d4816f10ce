package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A question's or phrase's words ({@link dev.dash.language.Words}) with abbreviations and contractions ("year to
 * date") read as the word they stand for.
 */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>(dev.dash.language.Words.of(text).stream()
                .map(word -> English.get().abbreviations.getOrDefault(word, word)).toList());
        English.get().contractions.forEach((phrase, word) -> {
            for (int at = Collections.indexOfSubList(words, phrase); at >= 0;
                    at = Collections.indexOfSubList(words, phrase)) {
                words.subList(at, at + phrase.size()).clear();
                words.add(at, word);
            }
        });
        return List.copyOf(words);
    }
}
