package dev.dash.db;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the company's data is: the database (DATA_DB_URL, else Dash's own) and the schemas the Analyst reads. */
@ConfigMapping(prefix = "dash.data")
public interface DataConfig {

    /** The Engineer's schema, which the Analyst reads too. */
    String AGENT_SCHEMA = "dash";

    /** Schemas of company data the Analyst may read (DASH_DATA_ANALYST_SCHEMAS, comma-separated). */
    List<String> analystSchemas();

    /** The schemas the Analyst reads: the company's, then the Engineer's. */
    default List<String> readSchemas() {
        return Stream.concat(analystSchemas().stream(), Stream.of(AGENT_SCHEMA)).toList();
    }

    /** The company database as a postgresql:// or JDBC URL (DATA_DB_URL); empty: Dash's own database. */
    Optional<String> url();
}
