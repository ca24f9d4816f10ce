package dev.dash.session;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.update;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import dev.dash.run.RunResponse;
import dev.dash.run.Via;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions and their runs in dash_internal. Every read and write names the user and the interface asking: nobody sees
 * another's session, and a session is reached only through the kind of interface that opened it (the web APIs share
 * theirs; Slack's and reports' are their own).
 */
@ApplicationScoped
public class SessionStore {

    private final AgroalDataSource owner;
    private final ObjectMapper json;
    private final String findSql = SqlResource.read("session/session.sql") + SqlResource.read("session/find.sql");
    private final String listSql = SqlResource.read("session/session.sql") + SqlResource.read("session/list.sql");
    private final String countSql = SqlResource.read("session/count.sql");
    private final String runsSql = SqlResource.read("session/runs.sql");
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

    /** The user's session, when the interface asking may reach it. */
    public Optional<Session> find(String sessionId, String userId, Via via) {
        return sessions(findSql, List.of(sessionId, userId, reach(via))).stream().findFirst();
    }

    /** The interface a session was opened through, whoever's it is; empty when there is no such session. */
    public Optional<Via> openedVia(String sessionId) {
        List<Via> via = new ArrayList<>();
        query(owner, "SELECT via FROM dash_internal.sessions WHERE id = ?", List.of(sessionId),
                rs -> via.add(Via.valueOf(rs.getString(1).toUpperCase(Locale.ROOT))));
        return via.stream().findFirst();
    }

    /** The user's sessions, newest first, optionally of one component type and id. */
    public Page list(String userId, Via via, String type, String componentId, int limit, int offset) {
        List<Object> filter = Arrays.asList(userId, reach(via), type, type, componentId, componentId);
        List<Object> page = new ArrayList<>(filter);
        page.add(limit);
        page.add(offset);
        long[] total = new long[1];
        query(owner, countSql, filter, rs -> total[0] = rs.getLong(1));
        return new Page(sessions(listSql, page), total[0]);
    }

    /** Renames the user's session; false when it is not theirs. */
    public boolean rename(String sessionId, String userId, Via via, String name) {
        return update(owner, "UPDATE dash_internal.sessions SET name = ?, updated_at = now() "
                + "WHERE id = ? AND user_id = ? AND via = ANY (?)",
                List.of(RunLog.shortName(name), sessionId, userId, reach(via))) == 1;
    }

    /** Deletes the user's session with its runs; false when it is not theirs to reach. */
    public boolean delete(String sessionId, String userId, Via via) {
        return update(owner, "DELETE FROM dash_internal.sessions WHERE id = ? AND user_id = ? AND via = ANY (?)",
                List.of(sessionId, userId, reach(via))) == 1;
    }

    /** The interfaces whose sessions this one reaches: the two web APIs share theirs, the others keep their own. */
    static List<String> reach(Via via) {
        return switch (via) {
            case API, AGENTOS -> List.of("api", "agentos");
            default -> List.of(via.name().toLowerCase(Locale.ROOT));
        };
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

    private RunResponse read(String response) {
        try {
            return json.readValue(response, RunResponse.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
