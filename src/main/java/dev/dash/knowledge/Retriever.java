package dev.dash.knowledge;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** STAND-IN until main's knowledge code lands: full-text search over knowledge and learnings. */
@ApplicationScoped
public class Retriever {

    private final AgroalDataSource owner;

    public Retriever(AgroalDataSource owner) {
        this.owner = owner;
    }

    public ContextPack retrieve(String question) {
        List<ContextPack.Entry> entries = new ArrayList<>();
        String tsQuery = StandIns.orQuery(question);
        try (var c = owner.getConnection();
                var k = c.prepareStatement("SELECT kind, id, content FROM dash_internal.knowledge "
                        + "WHERE search @@ to_tsquery('english', ?) LIMIT 6");
                var l = c.prepareStatement("SELECT id, title, lesson FROM dash_internal.learnings "
                        + "WHERE search @@ to_tsquery('english', ?) LIMIT 4")) {
            k.setString(1, tsQuery);
            try (var rs = k.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ContextPack.Entry(rs.getString(1), rs.getString(2), rs.getString(3), 1));
                }
            }
            l.setString(1, tsQuery);
            try (var rs = l.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ContextPack.Entry("learning", "learning:" + rs.getLong(1),
                            rs.getString(2) + ": " + rs.getString(3), 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ContextPack(question, entries);
    }
}
