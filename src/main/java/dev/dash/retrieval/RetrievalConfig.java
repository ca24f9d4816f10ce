package dev.dash.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How knowledge is embedded and ranked, and how much of it goes into a prompt. */
@ConfigMapping(prefix = "dash.knowledge")
public interface RetrievalConfig {

    /** In-process embedding model: all-minilm-l6-v2 (default: better recall and 3x faster on our benchmark) or bge-small-en-v1.5. */
    @WithDefault("all-minilm-l6-v2")
    String embeddingModel();

    /** Entries of each kind in a prompt at most. */
    @WithDefault("3")
    int entriesPerKind();

    /** Tokens of each kind in a prompt at most. */
    @WithDefault("600")
    int tokensPerKind();

    /** Entries whose ranking score (similarity plus text and term bonuses) is below this stay out of a prompt. */
    @WithDefault("0.35")
    double minScore();

    /** Weight of the full-text rank (squashed to 0–1) added to cosine similarity when ranking. */
    @WithDefault("0.1")
    double textWeight();

    /** Weight of the share of the question's data terms (tables, columns, values) that an entry mentions. */
    @WithDefault("0.2")
    double termWeight();
}
