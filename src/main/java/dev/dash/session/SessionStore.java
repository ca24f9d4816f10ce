package dev.dash.session;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.update;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import dev.dash.run.RunResponse;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
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
    private final String findSql = SqlResource.read("session/session.sql") + SqlResource.read("session/find.sql");
    private final String listSql = SqlResource.read("session/session.sql") + SqlResource.read("session/list.sql");
    private final String countSql = SqlResource.read("session/count.sql");
    private final String runsSql = SqlResource.read("session/runs.sql");
    private final String saveRunSql = SqlResource.read("session/save-run.sql");
    private final String recentSql = SqlResource.read("session/recent.sql");

    public SessionStore(AgroalDataSource owner, ObjectMapper json) {
        this.owner = owner;
        this.json = json;
    }

    @RegisterForReflection
    public record Session(String session_id, String user_id, String name, String created_at, String updated_at,
            int runs, String component_type, String component_id) {
    }

    /** What a session talks to: the team or one agent, by id. */
    public record Component(String type, String id) {

        public static final Component TEAM = new Component("team", "dash");

        public static Component agent(String id) {
            return new Component("agent", id);
        }
    }

    /** A page of sessions and how many there are in all. */
    public record Page(List<Session> sessions, long total) {
    }

    /** A stored run with its question and when it started. */
    public record StoredRun(String question, RunResponse response, String created_at, long created_epoch) {
    }

    @RegisterForReflection
    public record PastRun(String question, String answer, String mainSql) {
    }

    /** Opens the session for this user, creating it when new; empty when it belongs to someone else. */
    public Optional<Session> open(String sessionId, String userId, String firstQuestion) {
        return open(sessionId, userId, firstQuestion, Component.TEAM);
    }

    /** Opens the session for this user and component (kept from its first run); empty when it is someone else's. */
    public Optional<Session> open(String sessionId, String userId, String firstQuestion, Component component) {
        update(owner, openSql, List.of(sessionId, userId, shortName(firstQuestion), component.type(), component.id()));
        return find(sessionId, userId);
    }

    public Optional<Session> find(String sessionId, String userId) {
        return sessions(findSql, List.of(sessionId, userId)).stream().findFirst();
    }

    /** The user's sessions, newest first, optionally of one component type and id. */
    public Page list(String userId, String type, String componentId, int limit, int offset) {
        List<Object> filter = Arrays.asList(userId, type, type, componentId, componentId);
        List<Object> page = new ArrayList<>(filter);
        page.add(limit);
        page.add(offset);
        long[] total = new long[1];
        query(owner, countSql, filter, rs -> total[0] = rs.getLong(1));
        return new Page(sessions(listSql, page), total[0]);
    }

    /** Renames the user's session; false when it is not theirs. */
    public boolean rename(String sessionId, String userId, String name) {
        return update(owner, "UPDATE dash_internal.sessions SET name = ?, updated_at = now() WHERE id = ? AND user_id = ?",
                List.of(shortName(name), sessionId, userId)) == 1;
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
        return storedRuns(sessionId).stream().map(r -> new AskedRun(r.question(), r.response())).toList();
    }

    /** One run, only for the user who asked it. */
    public Optional<RunResponse> run(UUID runId, String userId) {
        List<String> responses = new ArrayList<>();
        query(owner, "SELECT response FROM dash_internal.runs WHERE id = ? AND user_id = ?", List.of(runId, userId),
                rs -> responses.add(rs.getString(1)));
        return responses.stream().findFirst().map(this::read);
    }

    /** Runs of a session with their questions, oldest first; the caller checked the session is the user's. */
    public List<StoredRun> storedRuns(String sessionId) {
        List<StoredRun> runs = new ArrayList<>();
        query(owner, runsSql, List.of(sessionId),
                rs -> runs.add(new StoredRun(rs.getString(1), read(rs.getString(2)), rs.getString(3), rs.getLong(4))));
        return runs;
    }

    /** The last runs of a session that produced an answer, oldest first. */
    public List<PastRun> recent(String sessionId, int limit) {
        List<PastRun> runs = new ArrayList<>();
        query(owner, recentSql, List.of(sessionId, limit),
                rs -> runs.add(0, new PastRun(rs.getString(1), rs.getString(2), rs.getString(3))));
        return runs;
    }

    private List<Session> sessions(String sql, List<?> params) {
        List<Session> sessions = new ArrayList<>();
        query(owner, sql, params, rs -> sessions.add(new Session(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8))));
        return sessions;
    }

    private static String shortName(String text) {
        String name = text.strip();
        return name.length() > NAME_CHARS ? name.substring(0, NAME_CHARS) : name;
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
