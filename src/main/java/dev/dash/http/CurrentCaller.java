package dev.dash.http;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The caller of the current request, set by the auth filter before the endpoint runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No caller: the request did not pass the auth filter");
        }
        return caller;
    }

    /** The caller, when known: on an open endpoint in prd only when a valid token came along. */
    public Optional<Caller> find() {
        return Optional.ofNullable(caller);
    }

    /** Set by the auth filter, once per request. */
    public void set(Caller caller) {
        this.caller = caller;
    }
}
