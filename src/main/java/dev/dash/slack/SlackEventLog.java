package dev.dash.slack;

import static dev.dash.db.Jdbc.query;

import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Event ids already taken, kept in the database: Slack retries an event it thinks went unanswered, and with several
 * replicas the retry may reach another one.
 */
@ApplicationScoped
public class SlackEventLog {

    private final AgroalDataSource db;
    private final String firstTimeSql = SqlResource.read("slack/first-time.sql");

    public SlackEventLog(AgroalDataSource db) {
        this.db = db;
    }

    /** True once per event id, whichever replica asks. */
    public boolean firstTime(String eventId) {
        boolean[] inserted = {false};
        query(db, firstTimeSql, List.of(eventId), rs -> inserted[0] = true);
        return inserted[0];
    }

    /** Whether Dash already answered in this thread (its session exists). */
    public boolean answeredIn(String sessionId) {
        boolean[] found = {false};
        query(db, "SELECT 1 FROM dash_internal.sessions WHERE id = ?", List.of(sessionId), rs -> found[0] = true);
        return found[0];
    }
}
