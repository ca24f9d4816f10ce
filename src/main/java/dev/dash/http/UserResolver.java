package dev.dash.http;

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
}
