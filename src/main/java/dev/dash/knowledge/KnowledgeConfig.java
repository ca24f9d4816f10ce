package dev.dash.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where knowledge comes from and how much of it goes into a prompt. */
@ConfigMapping(prefix = "dash.knowledge")
public interface KnowledgeConfig {

    /** Folder with tables/, business/, queries/ and docs/. */
    @WithDefault("knowledge")
    String dir();

    /** In-process embedding model: bge-small-en-v1.5 or all-minilm-l6-v2. */
    @WithDefault("bge-small-en-v1.5")
    String embeddingModel();

    /** Cron of the scheduled reload (UTC). */
    @WithDefault("0 0 4 * * ?")
    String reloadCron();

    /** Entries of each kind in a prompt at most. */
    @WithDefault("3")
    int entriesPerKind();

    /** Tokens of each kind in a prompt at most. */
    @WithDefault("600")
    int tokensPerKind();

    /** Entries scoring below this semantic similarity are left out of a prompt. */
    @WithDefault("0.35")
    double minSimilarity();
}
