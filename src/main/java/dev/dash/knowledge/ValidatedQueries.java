package dev.dash.knowledge;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/** STAND-IN until main's knowledge code lands. */
@ApplicationScoped
public class ValidatedQueries {

    private final AgroalDataSource owner;

    public ValidatedQueries(AgroalDataSource owner) {
        this.owner = owner;
    }

    public String save(SaveQuery request, Origin origin) {
        try (var c = owner.getConnection(); var s = c.prepareStatement("INSERT INTO dash_internal.knowledge "
                + "(id, kind, origin, source, name, content, questions, sql, content_hash, user_id, search) "
                + "VALUES (?, 'query', 'runtime', 'agent', ?, ?, ARRAY[?], ?, md5(?), ?, to_tsvector('english', ?)) "
                + "ON CONFLICT (id) DO NOTHING")) {
            s.setString(1, "query:" + request.name());
            s.setString(2, request.name());
            s.setString(3, request.summary());
            s.setString(4, request.question());
            s.setString(5, request.query());
            s.setString(6, request.query());
            s.setString(7, origin.userId());
            s.setString(8, request.question() + " " + request.summary());
            s.executeUpdate();
            return "Saved validated query " + request.name();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
