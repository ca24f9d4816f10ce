package dev.dash.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where knowledge comes from; how it is ranked is {@link dev.dash.retrieval.RetrievalConfig} (the same prefix). */
@ConfigMapping(prefix = "dash.knowledge")
public interface KnowledgeConfig {

    /** Folder with tables/, business/, queries/ and docs/. */
    @WithDefault("knowledge")
    String dir();

    /** Cron of the scheduled reload (UTC). */
    @WithDefault("0 0 4 * * ?")
    String reloadCron();
}
