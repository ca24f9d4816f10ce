package dev.dash.db;

import static dev.dash.db.Identifiers.quote;

import java.util.List;
import java.util.Map;

/**
 * The SQL a DBA runs on the company database for Dash: the two roles with exactly their rights, settings (statement
 * timeout, read-only default, search path) and revokes, for the configured schemas. Text for psql, never run by Dash.
 */
public final class GrantsScript {

    private GrantsScript() {
    }

    /** {@code engineer}: whether the Engineer gets its schema (not on a database it must never change). */
    public static String of(DbConfig db, DataConfig data, boolean engineer) {
        String database = data.url().map(url -> DataUrl.parse(url).database()).orElse(db.database());
        String analystPassword = db.analystPassword();
        String engineerPassword = db.engineerPassword();
        List<String> quoted = data.analystSchemas().stream().map(Identifiers::quote).toList();
        Map<String, String> engineerSchema = Map.of("schema", quote(data.engineer().name()));
        StringBuilder sql = new StringBuilder(SqlResource.read("db/grants/roles.sql", Map.of("database", database,
                "databaseIdentifier", quote(database), "analystVerifier", ScramVerifier.of(analystPassword),
                "engineerVerifier", ScramVerifier.of(engineerPassword),
                "analystStatementTimeout", db.analystStatementTimeout(), "analystWorkMem", db.analystWorkMem(),
                "engineerStatementTimeout", db.engineerStatementTimeout(),
                "analystSearchPath", searchPath(data.readSchemas()),
                "engineerSearchPath", searchPath(data.engineerSearchPath()))));
        quoted.forEach(schema -> sql.append(SqlResource.read("db/grants/read-schema.sql", Map.of("schema", schema))));
        if (engineer) {
            sql.append(SqlResource.read("db/grants/engineer-schema.sql", engineerSchema))
                    .append(SqlResource.read("db/grants/engineer-defaults.sql", engineerSchema));
        } else {
            sql.append(SqlResource.read("db/grants/no-engineer.sql"));
        }
        return sql.append(SqlResource.read("db/grants/public-functions.sql")).toString();
    }

    /** A role's search_path setting: the schemas in order, each quoted. */
    static String searchPath(List<String> schemas) {
        return String.join(", ", schemas.stream().map(Identifiers::quote).toList());
    }
}
