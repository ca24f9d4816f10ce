package dev.dash.http;

import java.util.Set;

/** Who is calling and what they may do. In dev every caller may do everything. */
public record Caller(String userId, Set<String> scopes, boolean verified) {

    public static Caller dev(String userId) {
        return new Caller(userId, Set.of(Scopes.ADMIN), false);
    }

    public boolean may(String scope) {
        return Scopes.grants(scopes, scope);
    }
}
