package dev.dash.run;

/** More runs are in flight than the configured limit allows; the caller should try again shortly. */
public class RunsBusy extends RuntimeException {

    public RunsBusy(int limit) {
        super("Dash is answering " + limit + " questions already; please try again in a few seconds.");
    }
}
