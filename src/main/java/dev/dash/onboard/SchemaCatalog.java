package dev.dash.onboard;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.strings;

import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the company database's configured schemas, read from the catalog through the Analyst's datasource:
 * what Dash will be able to query is what it drafts knowledge for.
 */
@ApplicationScoped
public class SchemaCatalog {

    private static final String COLUMNS = SqlResource.read("sql/onboard/columns.sql");
    private static final String KEYS = SqlResource.read("sql/onboard/keys.sql");

    private final AgroalDataSource analyst;

    public SchemaCatalog(@DataSource("analyst") AgroalDataSource analyst) {
        this.analyst = analyst;
    }

    /** The readable tables and views of these schemas, in schema order, then by name. */
    public List<TableShape> tables(List<String> schemas) {
        Map<String, Draft> tables = new LinkedHashMap<>();
        query(analyst, COLUMNS, List.of(schemas, schemas), rs -> {
            String schema = rs.getString("table_schema");
            String name = rs.getString("table_name");
            String comment = string(rs.getString("table_comment"));
            tables.computeIfAbsent(schema + "." + name, k -> new Draft(schema, name, comment)).columns
                    .add(new TableShape.Column(rs.getString("column_name"), rs.getString("data_type"),
                            rs.getString("base_type"), rs.getBoolean("nullable"),
                            string(rs.getString("column_comment"))));
        });
        query(analyst, KEYS, List.of(schemas), rs -> {
            Draft table = tables.get(rs.getString("table_schema") + "." + rs.getString("table_name"));
            if (table == null) {
                return;
            }
            List<String> columns = strings(rs.getArray("columns"));
            if ("p".equals(rs.getString("kind"))) {
                table.primaryKey.addAll(columns);
            } else {
                table.foreignKeys.add(new TableShape.ForeignKey(columns, rs.getString("ref_schema"),
                        rs.getString("ref_table"), strings(rs.getArray("ref_columns"))));
            }
        });
        return tables.values().stream().map(Draft::shape).toList();
    }

    private static String string(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final class Draft {
        final String schema;
        final String name;
        final String comment;
        final List<TableShape.Column> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<TableShape.ForeignKey> foreignKeys = new ArrayList<>();

        Draft(String schema, String name, String comment) {
            this.schema = schema;
            this.name = name;
            this.comment = comment;
        }

        TableShape shape() {
            return new TableShape(schema, name, comment, List.copyOf(columns), List.copyOf(primaryKey),
                    List.copyOf(foreignKeys));
        }
    }
}
