package dev.dash.knowledge.meaning;

import java.util.List;

/** A question's or phrase's words ({@link dev.dash.language.Words}) with abbreviations read as the word they stand for. */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        return dev.dash.language.Words.of(text).stream()
                .map(word -> English.get().abbreviations.getOrDefault(word, word)).toList();
    }
}
