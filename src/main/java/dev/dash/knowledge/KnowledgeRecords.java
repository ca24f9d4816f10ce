package dev.dash.knowledge;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/** STAND-IN until main's knowledge code lands. */
@ApplicationScoped
public class KnowledgeRecords {

    private final AgroalDataSource owner;

    public KnowledgeRecords(AgroalDataSource owner) {
        this.owner = owner;
    }

    public String update(String title, String content, Origin origin) {
        try (var c = owner.getConnection(); var s = c.prepareStatement("INSERT INTO dash_internal.knowledge "
                + "(id, kind, origin, source, name, content, content_hash, user_id, search) "
                + "VALUES (?, 'view', 'runtime', 'agent', ?, ?, md5(?), ?, to_tsvector('english', ?)) "
                + "ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = now()")) {
            s.setString(1, "view:" + title);
            s.setString(2, title);
            s.setString(3, content);
            s.setString(4, content);
            s.setString(5, origin.userId());
            s.setString(6, title + " " + content);
            s.executeUpdate();
            return "Recorded " + title;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
