package dev.dash.session;

import static dev.dash.db.Jdbc.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import dev.dash.run.Origin;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Writes runs as they happen: a row when a run starts (status running, the question kept, the session created with
 * it when new), updated when it ends. A run whose process stopped meanwhile is marked by {@link Replica}.
 */
@ApplicationScoped
public class RunLog {

    private static final int NAME_CHARS = 80;
    private static final Logger LOG = Logger.getLogger(RunLog.class);

    private final AgroalDataSource owner;
    private final ObjectMapper json;
    private final Replica replica;
    private final String startSql = SqlResource.read("session/start-run.sql");
    private final String finishSql = SqlResource.read("session/finish-run.sql");

    public RunLog(AgroalDataSource owner, ObjectMapper json, Replica replica) {
        this.owner = owner;
        this.json = json;
        this.replica = replica;
    }

    /** Stores the run as running in its session, creating the session when this is its first run. */
    public void started(SessionRef session, Origin run, String question) {
        replica.ensureRegistered();
        RunResponse running = new RunResponse(run.runId(), session.id(), run.userId(), RunStatus.RUNNING, null, null,
                null, List.of(), null, new RunResponse.Trace(0, List.of(), List.of(), List.of()), null, null, null,
                List.of());
        update(owner, startSql, List.of(session.id(), run.userId(), shortName(question), session.component().type(),
                session.component().id(), session.via().name().toLowerCase(Locale.ROOT), run.runId(), session.id(),
                run.userId(), question, write(running), replica.id()));
    }

    /** Stores how the run ended. */
    public void finished(RunResponse run) {
        update(owner, finishSql, Arrays.asList(run.status().id(), run.route() == null ? null : run.route().id(),
                run.answer(), write(run), run.trace().ms(), run.run_id(), run.session_id()));
    }

    /** As {@link #finished}, for a run that failed unexpectedly: a failure to store it is only logged. */
    public void failedQuietly(RunResponse run) {
        try {
            finished(run);
        } catch (RuntimeException e) {
            LOG.warnf("Run %s: its failure was not stored: %s", run.run_id(), e.getMessage());
        }
    }

    static String shortName(String text) {
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
}
