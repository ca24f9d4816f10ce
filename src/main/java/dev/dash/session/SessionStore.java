package dev.dash.session;

import io.quarkus.runtime.annotations.RegisterForReflection;
import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.update;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import dev.dash.run.RunResponse;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions and their runs in dash_internal. Every read and write names the user: nobody sees another's session. */
@ApplicationScoped
public class SessionStore {

    private static final int NAME_CHARS = 80;

    private final AgroalDataSource owner;
    private final ObjectMapper json;
    private final String openSql = SqlResource.read("session/open.sql");
    private final String findSql = SqlResource.read("session/find.sql");
    private final String listSql = SqlResource.read("session/list.sql");
    private final String saveRunSql = SqlResource.read("session/save-run.sql");
    private final String recentSql = SqlResource.read("session/recent.sql");

    public SessionStore(AgroalDataSource owner, ObjectMapper json) {
        this.owner = owner;
        this.json = json;
    }

    @RegisterForReflection
    public record Session(String session_id, String user_id, String name, String created_at, String updated_at,
            int runs) {
    }

    @RegisterForReflection
    public record PastRun(String question, String answer, String mainSql) {
    }

    /** Opens the session for this user, creating it when new; empty when it belongs to someone else. */
    public Optional<Session> open(String sessionId, String userId, String firstQuestion) {
        String name = firstQuestion.length() > NAME_CHARS ? firstQuestion.substring(0, NAME_CHARS) : firstQuestion;
        update(owner, openSql, List.of(sessionId, userId, name));
        return find(sessionId, userId);
    }

    public Optional<Session> find(String sessionId, String userId) {
        return sessions(findSql, sessionId, userId).stream().findFirst();
    }

    public List<Session> list(String userId) {
        return sessions(listSql, userId);
    }

    public boolean delete(String sessionId, String userId) {
        return update(owner, "DELETE FROM dash_internal.sessions WHERE id = ? AND user_id = ?",
                List.of(sessionId, userId)) == 1;
    }

    public void saveRun(String question, RunResponse run) {
        update(owner, saveRunSql, Arrays.asList(run.run_id(), run.session_id(), run.user_id(), question,
                run.status().id(), run.route().id(), run.answer(), write(run), run.trace().ms(), run.session_id()));
    }

    /** A stored run with the question that started it; serialized as the run's fields plus {@code question}. */
    @RegisterForReflection
    public record AskedRun(String question, @JsonUnwrapped RunResponse run) {
    }

    /** Runs of a session, oldest first; the caller checked the session is the user's. */
    public List<AskedRun> runs(String sessionId) {
        List<AskedRun> runs = new ArrayList<>();
        query(owner, "SELECT question, response FROM dash_internal.runs WHERE session_id = ? ORDER BY created_at, id",
                List.of(sessionId), rs -> runs.add(new AskedRun(rs.getString(1), read(rs.getString(2)))));
        return runs;
    }

    /** One run, only for the user who asked it. */
    public Optional<RunResponse> run(UUID runId, String userId) {
        List<String> responses = new ArrayList<>();
        query(owner, "SELECT response FROM dash_internal.runs WHERE id = ? AND user_id = ?", List.of(runId, userId),
                rs -> responses.add(rs.getString(1)));
        return responses.stream().findFirst().map(this::read);
    }

    /** The last runs of a session that produced an answer, oldest first. */
    public List<PastRun> recent(String sessionId, int limit) {
        List<PastRun> runs = new ArrayList<>();
        query(owner, recentSql, List.of(sessionId, limit),
                rs -> runs.add(0, new PastRun(rs.getString(1), rs.getString(2), rs.getString(3))));
        return runs;
    }

    private List<Session> sessions(String sql, String... params) {
        List<Session> sessions = new ArrayList<>();
        query(owner, sql, List.of(params), rs -> sessions.add(new Session(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6))));
        return sessions;
    }

    private String write(RunResponse run) {
        try {
            return json.writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RunResponse read(String response) {
        try {
            return json.readValue(response, RunResponse.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
