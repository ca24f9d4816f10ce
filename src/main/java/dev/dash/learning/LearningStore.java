package dev.dash.learning;

import dev.dash.knowledge.Origin;
import dev.dash.knowledge.StandIns;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/** STAND-IN until main's learning code lands. */
@ApplicationScoped
public class LearningStore {

    private final AgroalDataSource owner;

    public LearningStore(AgroalDataSource owner) {
        this.owner = owner;
    }

    public long save(String title, String lesson, Origin origin) {
        try (var c = owner.getConnection(); var s = c.prepareStatement("INSERT INTO dash_internal.learnings "
                + "(title, lesson, user_id, session_id, run_id, source, search) "
                + "VALUES (?, ?, ?, ?, ?, 'agent', to_tsvector('english', ? || ' ' || ?)) RETURNING id")) {
            s.setString(1, title);
            s.setString(2, lesson);
            s.setString(3, origin.userId());
            s.setString(4, origin.sessionId());
            s.setObject(5, origin.runId());
            s.setString(6, title);
            s.setString(7, lesson);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String search(String query, int limit) {
        StringBuilder text = new StringBuilder();
        try (var c = owner.getConnection(); var s = c.prepareStatement("SELECT id, title, lesson FROM "
                + "dash_internal.learnings WHERE search @@ to_tsquery('english', ?) LIMIT ?")) {
            s.setString(1, StandIns.orQuery(query));
            s.setInt(2, limit);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    text.append("[learning:").append(rs.getLong(1)).append("] ").append(rs.getString(2))
                            .append(": ").append(rs.getString(3)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return text.isEmpty() ? "No learnings found." : text.toString();
    }
}
