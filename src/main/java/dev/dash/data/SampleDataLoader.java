package dev.dash.data;

import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.postgresql.PGConnection;

/** Writes a dataset into the six public tables with COPY, in one transaction, as the service's own login. */
@ApplicationScoped
public class SampleDataLoader {

    private final AgroalDataSource owner;

    public SampleDataLoader(AgroalDataSource owner) {
        this.owner = owner;
    }

    public boolean hasRows() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
                var table = s.executeQuery("SELECT to_regclass('public.customers') IS NOT NULL")) {
            table.next();
            if (!table.getBoolean(1)) {
                return false;
            }
            try (var rows = s.executeQuery("SELECT EXISTS (SELECT 1 FROM public.customers)")) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** Creates the tables (dropping them first when asked), loads the rows and returns the row count per table. */
    public SequencedMap<String, Long> load(SampleDataset data, boolean drop) throws SQLException, IOException {
        List<CopyTable<?>> tables = SampleDataTables.of(data);
        SequencedMap<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                if (drop) {
                    execute(s, "data/drop.sql");
                }
                execute(s, "data/schema.sql");
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (CopyTable<?> table : tables) {
                    counts.put(table.table(), copy.copyIn(table.copySql(), new StringReader(table.text())));
                    s.execute("SELECT setval(pg_get_serial_sequence('public." + table.table() + "', 'id'), max(id)) "
                            + "FROM public." + table.table());
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            for (CopyTable<?> table : tables) {
                s.execute("ANALYZE public." + table.table());
            }
        }
        return counts;
    }

    private static void execute(Statement s, String resource) throws SQLException {
        for (String sql : SqlResource.statements(resource, Map.of())) {
            s.execute(sql);
        }
    }
}
