package dev.dash.eval;

import dev.dash.db.Identifiers;
import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fingerprint of the public schema as the Analyst sees it: every relation, column and type, and each readable
 * table's row count and order-independent row hash. Equal before and after a run means the run changed nothing.
 */
@ApplicationScoped
public class PublicChecksum {

    private static final String RELATIONS = SqlResource.read("eval/public-relations.sql");

    private final AgroalDataSource analyst;

    public PublicChecksum(@DataSource("analyst") AgroalDataSource analyst) {
        this.analyst = analyst;
    }

    public record Snapshot(String checksum, Set<String> tables) {
    }

    public Snapshot take() {
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Set<String> tables = new LinkedHashSet<>();
            Set<String> readable = new LinkedHashSet<>();
            try (ResultSet rs = s.executeQuery(RELATIONS)) {
                while (rs.next()) {
                    update(digest, rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                    tables.add(rs.getString(1));
                    if (rs.getBoolean(4)) {
                        readable.add(rs.getString(1));
                    }
                }
            }
            for (String table : readable) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(hashtext(t::text)::bigint), 0) FROM public."
                        + Identifiers.quote(table) + " t")) {
                    rs.next();
                    update(digest, table + "|" + rs.getLong(1) + "|" + rs.getLong(2));
                }
            }
            return new Snapshot(HexFormat.of().formatHex(digest.digest()), tables);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not checksum the public schema: " + e.getMessage(), e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
