package dev.dash.http;

import dev.dash.run.Asker;
import dev.dash.run.Via;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is asking: the JWT subject in prd, else the X-User-Id header, else "dev" (checked by the auth filter). */
@ApplicationScoped
public class UserResolver {

    private final CurrentCaller caller;

    public UserResolver(CurrentCaller caller) {
        this.caller = caller;
    }

    public String userId() {
        return caller.get().userId();
    }

    /** The caller, asking through {@code via}. */
    public Asker asking(Via via) {
        Caller current = caller.get();
        return new Asker(current.userId(), current.scopes(), via);
    }
}
