package dev.dash.retrieval;

import java.util.Collection;
import java.util.Map;

/**
 * Where the texts behind indexed references live. Knowledge entries and learnings each keep their own; the retriever
 * reads both through this seam without knowing either.
 */
public interface Passages {

    /** The passages of the references this source holds, by reference; others are left out. */
    Map<String, Passage> load(Collection<String> refs);

    /** Full-text rank of this source's entries for a question (reference → rank, best first); none by default. */
    default Map<String, Double> textSearch(String question, int limit) {
        return Map.of();
    }

    /** These references went into a prompt (the ones of other sources among them are ignored). */
    default void used(Collection<String> refs) {
    }

    /** An entry as retrieval reads it: the text data terms are looked for in, and the text a prompt shows. */
    record Passage(String coverage, String prompt) {
    }
}
