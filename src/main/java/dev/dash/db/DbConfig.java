package dev.dash.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Database settings beyond the datasources themselves. */
@ConfigMapping(prefix = "dash.db")
public interface DbConfig {

    /** Host of the PostgreSQL server (DB_HOST). */
    String host();

    /** Port of the PostgreSQL server (DB_PORT). */
    int port();

    /** Database name (DB_DATABASE; tests use their own). */
    String database();

    /** JDBC URL of the database, without parameters; every datasource appends its own. */
    String url();

    /** Longest statement the Analyst may run. */
    String analystStatementTimeout();

    /** Memory one sort or hash of the Analyst may use. */
    String analystWorkMem();

    /** Longest statement the Engineer may run. */
    String engineerStatementTimeout();

    /** Password of the dash_analyst role; the service sets it when its login may manage roles. */
    String analystPassword();

    /** Password of the dash_engineer role. */
    String engineerPassword();

    /** Set up and migrate the database at startup; off only for the image build's AOT training run, which has none. */
    @WithDefault("true")
    boolean setupAtStart();

    /** How /health watches the pools. */
    Health health();

    /** How often the agents' roles are probed for the boundary checks (BoundaryProbe). */
    Duration boundaryInterval();

    interface Health {

        /** How often each pool lends a connection and checks that it answers. */
        @WithDefault("5s")
        Duration interval();

        /** Longest wait for a lent connection to answer that check. */
        @WithDefault("2s")
        Duration timeout();
    }
}
