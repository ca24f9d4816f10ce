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

    /** Highest estimated total cost (PostgreSQL's planner units) of a plan the cost guard lets run; 0 turns it off. */
    @WithDefault("1000000")
    long maxPlanCost();

    /** Most rows the planner may estimate a plan returns before the cost guard refuses it; 0 turns it off. */
    @WithDefault("10000000")
    long maxPlanRows();
}
