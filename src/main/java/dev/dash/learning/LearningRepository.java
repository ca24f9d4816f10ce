package dev.dash.learning;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.strings;
import static dev.dash.db.Jdbc.update;

import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Learnings in dash_internal.learnings, through the service's own login. */
@ApplicationScoped
public class LearningRepository {

    private final AgroalDataSource db;
    private final String insert = SqlResource.read("sql/learning/insert.sql");
    private final String list = SqlResource.read("sql/learning/list.sql");

    public LearningRepository(AgroalDataSource db) {
        this.db = db;
    }

    /** A page of learnings for people to review. */
    public record Page(List<Learning> items, long total) {
    }

    public long insert(LearningDraft d) {
        long[] id = {0};
        query(db, insert, Arrays.asList(d.title(), d.lesson(), d.failingSql(), d.errorState(), d.errorMessage(),
                d.fixedSql(), d.tables(), d.origin().userId(), d.origin().sessionId(),
                d.origin().runId() == null ? null : d.origin().runId().toString(), d.source(),
                d.embeddingText()), rs -> id[0] = rs.getLong(1));
        return id[0];
    }

    public List<Learning> byIds(Collection<Long> ids) {
        Map<Long, Learning> found = new HashMap<>();
        query(db, "SELECT * FROM dash_internal.learnings WHERE id = ANY (?::bigint[])",
                List.of(ids.stream().map(String::valueOf).toList()), rs -> found.put(rs.getLong("id"), learning(rs)));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public Optional<Learning> byId(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    /** A person approves a learning for everyone's runs ({@code approved} false withdraws it); false when unknown. */
    boolean approve(long id, boolean approved, String by) {
        return update(db, "UPDATE dash_internal.learnings SET approved = ?, approved_by = CASE WHEN ? THEN ? END, "
                + "approved_at = CASE WHEN ? THEN now() END WHERE id = ?",
                Arrays.asList(approved, approved, by, approved, id)) == 1;
    }

    public void markUsed(Collection<Long> ids) {
        update(db, "UPDATE dash_internal.learnings SET times_used = times_used + 1, last_used_at = now() "
                + "WHERE id = ANY (?::bigint[])", List.of(ids.stream().map(String::valueOf).toList()));
    }

    public Page list(String search, int limit, int offset) {
        List<Learning> items = new ArrayList<>();
        long[] total = {0};
        query(db, list, Arrays.asList(search, search, search, limit, offset), rs -> {
            items.add(learning(rs));
            total[0] = rs.getLong("total");
        });
        return new Page(items, total[0]);
    }

    public boolean delete(long id) {
        return update(db, "DELETE FROM dash_internal.learnings WHERE id = ?", List.of(id)) == 1;
    }

    private static Learning learning(ResultSet rs) throws SQLException {
        return new Learning(rs.getLong("id"), rs.getString("title"), rs.getString("lesson"),
                rs.getString("failing_sql"), rs.getString("error_state"), rs.getString("error_message"),
                rs.getString("fixed_sql"), strings(rs.getArray("tables")), rs.getString("user_id"),
                rs.getString("session_id"), rs.getString("run_id"), rs.getString("source"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("times_used"),
                rs.getObject("last_used_at", OffsetDateTime.class), rs.getBoolean("approved"),
                rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class));
    }
}
