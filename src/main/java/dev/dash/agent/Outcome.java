package dev.dash.agent;

import dev.dash.run.Route;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;

/** How a run ended, before the coordinator adds what the run collected (SQL, result, trace) into its response. */
record Outcome(RunStatus status, Route route, String answer, String validatedQuery, RunResponse.Error error,
        RunResponse.Clarification clarification) {

    Outcome(RunStatus status, Route route, String answer, String validatedQuery, RunResponse.Error error) {
        this(status, route, answer, validatedQuery, error, null);
    }

    static Outcome completed(Route route, String answer) {
        return new Outcome(RunStatus.COMPLETED, route, answer, null, null);
    }

    static Outcome failed(Route route, String code, String message) {
        return new Outcome(RunStatus.ERROR, route, message, null, new RunResponse.Error(code, message));
    }
}
