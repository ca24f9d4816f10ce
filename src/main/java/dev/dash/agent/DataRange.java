package dev.dash.agent;

import static dev.dash.db.Identifiers.quote;

import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The span of dates the company data covers, so "last month" means something. Read once from the date columns of
 * the public tables and cached; read again later while there is no data yet.
 */
@ApplicationScoped
public class DataRange {

    private static final Logger LOG = Logger.getLogger(DataRange.class);

    private final AgroalDataSource analyst;
    private volatile String cached;

    public DataRange(@DataSource("analyst") AgroalDataSource analyst) {
        this.analyst = analyst;
    }

    public String describe() {
        String known = cached;
        if (known != null) {
            return known;
        }
        String range = read();
        if (range != null) {
            cached = range;
            return range;
        }
        return "The date range of the data is unknown.";
    }

    private String read() {
        try (var c = analyst.getConnection(); var s = c.createStatement()) {
            List<String> parts = new ArrayList<>();
            try (var rs = s.executeQuery(SqlResource.read("agent/date-columns.sql"))) {
                while (rs.next()) {
                    parts.add("SELECT min(%1$s)::date AS lo, max(%1$s)::date AS hi FROM %2$s".formatted(
                            quote(rs.getString(3)), quote(rs.getString(1)) + "." + quote(rs.getString(2))));
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            try (var rs = s.executeQuery("SELECT min(lo), max(hi) FROM (" + String.join(" UNION ALL ", parts) + ") r")) {
                rs.next();
                return rs.getString(1) == null ? null
                        : "The data covers " + rs.getString(1) + " to " + rs.getString(2) + ".";
            }
        } catch (SQLException e) {
            LOG.warnf("Could not read the data's date range: %s", e.getMessage());
            return null;
        }
    }
}
