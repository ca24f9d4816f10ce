package dev.dash.retrieval;

import java.util.List;

/**
 * The context retrieved for one question: the most relevant entries of each kind, each citing its source, already
 * cut to the token budget. {@link #prompt()} is what goes into a model prompt.
 */
public record ContextPack(String question, List<Entry> entries) {

    /** One retrieved entry; {@code ref} cites it, e.g. {@code query:current_mrr}, {@code table:customers}, {@code learning:12}. */
    public record Entry(String kind, String ref, String text, double score) {
    }

    public String prompt() {
        return ContextText.render(entries);
    }
}
