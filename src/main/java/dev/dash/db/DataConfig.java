package dev.dash.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Where the company's data is: the schemas the Analyst reads and the one the Engineer builds in. */
@ConfigMapping(prefix = "dash.data")
public interface DataConfig {

    /** Schemas of company data the Analyst may read (DASH_DATA_ANALYST_SCHEMAS, comma-separated). */
    @WithDefault("public")
    List<String> analystSchemas();

    /** The schema the Engineer owns and builds views and summary tables in (DASH_DATA_ENGINEER_SCHEMA). */
    @WithDefault("dash")
    String engineerSchema();
}
