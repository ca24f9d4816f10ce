package dev.dash.retrieval;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where the texts behind indexed references live. Knowledge entries and learnings each keep their own; the retriever
 * reads both through this seam without knowing either.
 */
public interface Passages {

    /** The passages of the references this source holds, by reference; others are left out. */
    Map<String, Passage> load(Collection<String> refs);

    /**
     * Full-text rank of this source's entries that the viewer may see, for a question (reference → rank, best
     * first); none by default.
     */
    default Map<String, Double> textSearch(String question, int limit, Viewer viewer) {
        return Map.of();
    }

    /** These references went into a prompt (the ones of other sources among them are ignored). */
    default void used(Collection<String> refs) {
    }

    /** Passages of items by their references, in the items' order. */
    static <T> Map<String, Passage> byRef(List<T> items, Function<T, String> ref, Function<T, Passage> passage) {
        return items.stream().collect(Collectors.toMap(ref, passage, (first, again) -> first, LinkedHashMap::new));
    }

    /**
     * An entry as retrieval reads it: the text data terms are looked for in (every candidate's), and the text a prompt
     * shows, worked out only for the few entries chosen.
     */
    record Passage(String coverage, Supplier<String> prompt) {
    }
}
