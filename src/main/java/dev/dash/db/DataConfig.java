package dev.dash.db;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the company's data is: the database (DATA_DB_URL, else Dash's own), the schemas the Analyst reads and the
 * schema the Engineer builds in.
 */
@ConfigMapping(prefix = "dash.data")
public interface DataConfig {

    /** Schemas of company data the Analyst may read (DASH_DATA_ANALYST_SCHEMAS, comma-separated). */
    List<String> analystSchemas();

    /** The Engineer's schema (DASH_DATA_ENGINEER_SCHEMA, default dash), which the Analyst reads too. */
    String engineerSchema();

    /** The Engineer's schema, checked: a plain name, none of the company's schemas. */
    default EngineerSchema engineer() {
        return EngineerSchema.of(engineerSchema(), analystSchemas());
    }

    /** The schemas the Analyst reads, in its search path's order: the company's, then the Engineer's. */
    default List<String> readSchemas() {
        return Stream.concat(analystSchemas().stream(), Stream.of(engineer().name())).toList();
    }

    /** The Engineer's search path: its own schema, then the company's. */
    default List<String> engineerSearchPath() {
        return Stream.concat(Stream.of(engineer().name()), analystSchemas().stream()).toList();
    }

    /** The company database as a postgresql:// or JDBC URL (DATA_DB_URL); empty: Dash's own database. */
    Optional<String> url();
}
