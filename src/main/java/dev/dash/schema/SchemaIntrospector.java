package dev.dash.schema;

import static dev.dash.db.Identifiers.quote;

import dev.dash.db.DataConfig;
import dev.dash.db.SqlResource;
import dev.dash.sql.ResultText;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;

/**
 * Live schema of the company tables (the configured schemas, public by default) and the agent-built ones (the
 * Engineer's schema, dash by default), as the Analyst's role sees them.
 */
@ApplicationScoped
public class SchemaIntrospector {

    private static final int MAX_SAMPLE = 20;

    private final AgroalDataSource analyst;
    private final SqlRunner runner;
    private final List<String> schemas;

    public SchemaIntrospector(@DataSource("analyst") AgroalDataSource analyst, SqlRunner runner, DataConfig data) {
        this.schemas = data.readSchemas();
        this.analyst = analyst;
        this.runner = runner;
    }

    /** Lists tables when tableName is null, else the table's columns and, on request, a few sample rows. */
    public String describe(String tableName, String schema, boolean includeSample, int sampleLimit) {
        List<String> schemas = schema == null || schema.isBlank() ? this.schemas : List.of(schema.strip());
        try {
            return tableName == null || tableName.isBlank() ? tables(schemas)
                    : columns(tableName.strip(), schemas, includeSample, sampleLimit);
        } catch (SQLException e) {
            return "ERROR " + e.getSQLState() + ": " + e.getMessage();
        }
    }

    private String tables(List<String> schemas) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (var c = analyst.getConnection(); var s = c.prepareStatement(SqlResource.read("schema/tables.sql"))) {
            var order = c.createArrayOf("text", schemas.toArray());
            s.setArray(1, order);
            s.setArray(2, order);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString(1)).append('.').append(rs.getString(2))
                            .append(" (").append(rs.getString(3)).append(")\n");
                }
            }
        }
        return text.isEmpty() ? "No tables in " + String.join(", ", schemas) + "." : text.toString();
    }

    private String columns(String tableName, List<String> schemas, boolean includeSample, int sampleLimit)
            throws SQLException {
        String table = tableName.contains(".") ? tableName.substring(tableName.indexOf('.') + 1) : tableName;
        List<String> where = tableName.contains(".") ? List.of(tableName.substring(0, tableName.indexOf('.'))) : schemas;
        StringBuilder text = new StringBuilder();
        String found = null;
        try (var c = analyst.getConnection(); var s = c.prepareStatement(SqlResource.read("schema/columns.sql"))) {
            var order = c.createArrayOf("text", where.toArray());
            s.setArray(1, order);
            s.setString(2, table);
            s.setArray(3, order);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    if (found == null) {
                        found = rs.getString(1);
                        text.append(found).append('.').append(table).append(" columns:\n");
                    } else if (!found.equals(rs.getString(1))) {
                        break;
                    }
                    text.append("- ").append(rs.getString(2)).append(' ').append(rs.getString(3))
                            .append("NO".equals(rs.getString(4)) ? " not null" : "").append('\n');
                }
            }
        }
        if (found == null) {
            return "No table or view named " + tableName + " in " + String.join(", ", where)
                    + ". Call introspect_schema without table_name to list them.";
        }
        if (includeSample) {
            int limit = Math.max(1, Math.min(sampleLimit, MAX_SAMPLE));
            SqlOutcome sample = runner.read("SELECT * FROM " + quote(found) + "." + quote(table) + " LIMIT " + limit);
            text.append("Sample rows:\n").append(switch (sample) {
                case SqlOutcome.Success ok -> ResultText.of(ok.result(), limit, 3000);
                case SqlOutcome.Failure failed -> "unavailable: " + failed.message();
            });
        }
        return text.toString();
    }
}
