package dev.dash.agent;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.db.Jdbc;
import dev.dash.run.Route;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * What a run that failed tells its user: the database was unreachable, the model did not answer in time or kept
 * failing (after the client's retries), or something of our own went wrong. Never the exception's text.
 */
final class RunFailures {

    static final String DATABASE = "The database could not be reached, so this question was not answered. Please "
            + "try again in a moment.";
    static final String MODEL = "The language model could not be reached or kept failing, so this question was not "
            + "answered. Please try again in a moment; if it persists, check the model settings (OPENAI_API_KEY, "
            + "OPENAI_BASE_URL, DASH_MODEL).";
    static final String TIMEOUT = "The language model did not answer in time, so this question was not answered. "
            + "Please try again in a moment.";
    static final String INTERNAL = "Something went wrong while answering.";

    private static final Logger LOG = Logger.getLogger(RunFailures.class);

    private RunFailures() {
    }

    static Outcome outcome(RunContext run, Route route, RuntimeException e) {
        if (e instanceof Jdbc.DataAccessException db && db.unavailable()) {
            LOG.warnf("Run %s: database unavailable: %s", run.origin().runId(), e.getMessage());
            return Outcome.failed(route, "database_unavailable", DATABASE);
        }
        if (isTimeout(e) || run.remaining().isNegative()) {
            LOG.warnf("Run %s ran out of time after %d ms", run.origin().runId(), run.elapsedMs());
            return Outcome.failed(route, "model_timeout", TIMEOUT);
        }
        boolean modelFailure = isModelFailure(e);
        LOG.errorf("Run %s failed (%s): %s", run.origin().runId(), e.getClass().getName(),
                modelFailure ? "model endpoint" : e.getMessage());
        return modelFailure ? Outcome.failed(route, "model_unavailable", MODEL)
                : Outcome.failed(route, "internal_error", INTERNAL);
    }

    /** The run's deadline passed, or the model never began to answer within its timeout on any try. */
    static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Conversations.RunTimedOut
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    static boolean isModelFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.LangChain4jException
                    || t instanceof jakarta.ws.rs.ProcessingException
                    || t instanceof jakarta.ws.rs.WebApplicationException
                    || t instanceof IOException || t instanceof TimeoutException
                    || t.getClass().getName().startsWith("io.quarkiverse.langchain4j.openai")) {
                return true;
            }
        }
        return false;
    }
}
