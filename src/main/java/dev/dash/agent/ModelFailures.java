package dev.dash.agent;

import dev.dash.agent.runtime.Conversations;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Tells a failure of the model endpoint (after the client's retries) from a failure of our own. */
final class ModelFailures {

    static final String MESSAGE = "The language model could not be reached or kept failing, so this question was not "
            + "answered. Please try again in a moment; if it persists, check the model settings (OPENAI_API_KEY, "
            + "OPENAI_BASE_URL, DASH_MODEL).";

    private ModelFailures() {
    }

    static final String TIMEOUT_MESSAGE = "The language model did not answer in time, so this question was not answered. "
            + "Please try again in a moment.";

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
