package dev.dash.sql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How agent SQL is run and shown. */
@ConfigMapping(prefix = "dash.sql")
public interface SqlConfig {

    /** LIMIT added to a query that has none. */
    @WithDefault("50")
    int defaultLimit();

    /** Rows of a result shown to the model; the interfaces get all of them. */
    @WithDefault("25")
    int modelMaxRows();

    /** Characters of a result shown to the model. */
    @WithDefault("4000")
    int modelMaxChars();
}
