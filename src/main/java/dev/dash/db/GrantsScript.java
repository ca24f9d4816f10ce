package dev.dash.db;

import static dev.dash.db.Identifiers.quote;

import java.util.ArrayList;
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
        List<String> analystPath = new ArrayList<>(quoted);
        analystPath.add("dash");
        List<String> engineerPath = new ArrayList<>(List.of("dash"));
        engineerPath.addAll(quoted);
        StringBuilder sql = new StringBuilder(SqlResource.read("db/grants/roles.sql", Map.of("database", database,
                "databaseIdentifier", quote(database), "analystVerifier", ScramVerifier.of(analystPassword),
                "engineerVerifier", ScramVerifier.of(engineerPassword),
                "analystStatementTimeout", db.analystStatementTimeout(), "analystWorkMem", db.analystWorkMem(),
                "engineerStatementTimeout", db.engineerStatementTimeout(),
                "analystSearchPath", String.join(", ", analystPath),
                "engineerSearchPath", String.join(", ", engineerPath))));
        quoted.forEach(schema -> sql.append(SqlResource.read("db/grants/read-schema.sql", Map.of("schema", schema))));
        sql.append(SqlResource.read(engineer ? "db/grants/engineer-schema.sql" : "db/grants/no-engineer.sql"));
        return sql.append(SqlResource.read("db/grants/public-functions.sql")).toString();
    }
}
