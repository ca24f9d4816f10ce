package dev.dash.session;

import dev.dash.db.Jdbc;
import dev.dash.db.SqlResource;
import dev.dash.run.Origin;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clarifying questions per session: the one waiting for its answer, and the meanings chosen so far (the session's
 * own, else those the user asked to remember), so a term is asked about once.
 */
@ApplicationScoped
public class Clarifications {

    private final AgroalDataSource owner;
    private final String askedSql = SqlResource.read("session/clarification-asked.sql");
    private final String pendingSql = SqlResource.read("session/clarification-pending.sql");
    private final String answeredSql = SqlResource.read("session/clarification-answered.sql");
    private final String choicesSql = SqlResource.read("session/clarification-choices.sql");

    public Clarifications(AgroalDataSource owner) {
        this.owner = owner;
    }

    /** A question asked about {@code term} instead of answering {@code question}. */
    public record Pending(long id, String term, String question) {
    }

    public void asked(Origin run, String term, String question) {
        Jdbc.update(owner, askedSql, List.of(run.sessionId(), run.sessionId(), run.userId(), run.runId(), term,
                question));
    }

    public Optional<Pending> pending(String sessionId) {
        List<Pending> found = new ArrayList<>();
        Jdbc.query(owner, pendingSql, List.of(sessionId),
                rs -> found.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3))));
        return found.stream().findFirst();
    }

    public void answered(Pending pending, String choice, boolean remember) {
        Jdbc.update(owner, answeredSql, List.of("answered", choice, remember, pending.id()));
    }

    /** The next message was not an answer: the question no longer waits. */
    public void dropped(Pending pending) {
        Jdbc.update(owner, answeredSql, Arrays.asList("dropped", null, false, pending.id()));
    }

    /** Term to chosen option id, for this session and user. */
    public Map<String, String> choices(String sessionId, String userId) {
        Map<String, String> choices = new HashMap<>();
        Jdbc.query(owner, choicesSql, List.of(sessionId, userId, sessionId),
                rs -> choices.put(rs.getString(1), rs.getString(2)));
        return choices;
    }
}
