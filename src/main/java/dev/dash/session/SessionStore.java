package dev.dash.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.agent.RunResponse;
import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sessions and their runs in dash_internal. Every read and write names the user: nobody sees another's session. */
@ApplicationScoped
public class SessionStore {

    private static final int NAME_CHARS = 80;

    private final AgroalDataSource owner;
    private final ObjectMapper json;

    public SessionStore(AgroalDataSource owner, ObjectMapper json) {
        this.owner = owner;
        this.json = json;
    }

    public record Session(String session_id, String user_id, String name, String created_at, String updated_at,
            int runs) {
    }

    public record PastRun(String question, String answer, String mainSql) {
    }

    /** Opens the session for this user, creating it when new; empty when it belongs to someone else. */
    public Optional<Session> open(String sessionId, String userId, String firstQuestion) {
        String name = firstQuestion.length() > NAME_CHARS ? firstQuestion.substring(0, NAME_CHARS) : firstQuestion;
        try (var c = owner.getConnection();
                var s = c.prepareStatement(SqlResource.read("session/open.sql"))) {
            s.setString(1, sessionId);
            s.setString(2, userId);
            s.setString(3, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the session", e);
        }
        return find(sessionId, userId);
    }

    public Optional<Session> find(String sessionId, String userId) {
        return query(SqlResource.read("session/find.sql"), sessionId, userId).stream().findFirst();
    }

    public List<Session> list(String userId) {
        return query(SqlResource.read("session/list.sql"), userId);
    }

    public boolean delete(String sessionId, String userId) {
        try (var c = owner.getConnection(); var s = c.prepareStatement(
                "DELETE FROM dash_internal.sessions WHERE id = ? AND user_id = ?")) {
            s.setString(1, sessionId);
            s.setString(2, userId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the session", e);
        }
    }

    public void saveRun(String question, RunResponse run) {
        try (var c = owner.getConnection(); var s = c.prepareStatement(SqlResource.read("session/save-run.sql"))) {
            s.setObject(1, run.run_id());
            s.setString(2, run.session_id());
            s.setString(3, run.user_id());
            s.setString(4, question);
            s.setString(5, run.status().id());
            s.setString(6, run.route().id());
            s.setString(7, run.answer());
            s.setString(8, json.writeValueAsString(run));
            s.setLong(9, run.trace().ms());
            s.setString(10, run.session_id());
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not store the run", e);
        }
    }

    /** Runs of a session, oldest first; the caller checked the session is the user's. */
    public List<RunResponse> runs(String sessionId) {
        List<RunResponse> runs = new ArrayList<>();
        try (var c = owner.getConnection(); var s = c.prepareStatement(
                "SELECT response FROM dash_internal.runs WHERE session_id = ? ORDER BY created_at, id")) {
            s.setString(1, sessionId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(json.readValue(rs.getString(1), RunResponse.class));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the runs", e);
        }
        return runs;
    }

    /** The last runs of a session that produced an answer, oldest first. */
    public List<PastRun> recent(String sessionId, int limit) {
        List<PastRun> runs = new ArrayList<>();
        try (var c = owner.getConnection(); var s = c.prepareStatement(SqlResource.read("session/recent.sql"))) {
            s.setString(1, sessionId);
            s.setInt(2, limit);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(0, new PastRun(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session history", e);
        }
        return runs;
    }

    private List<Session> query(String sql, String... params) {
        List<Session> sessions = new ArrayList<>();
        try (var c = owner.getConnection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    sessions.add(new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sessions", e);
        }
        return sessions;
    }
}
