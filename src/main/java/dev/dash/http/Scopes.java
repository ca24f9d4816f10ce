package dev.dash.http;

import java.util.Collection;

/**
 * AgentOS's scope grammar: {@code resource:action}, {@code resource:<id>:action}, {@code resource:*:action}, and
 * {@code agent_os:admin} for everything. {@code system:*} is the older name of {@code config:*}.
 */
public final class Scopes {

    public static final String ADMIN = "agent_os:admin";
    /** In a required scope, any id of the resource will do: listings then show only the ids the caller may read. */
    public static final String ANY_ID = "?";

    private Scopes() {
    }

    /** Whether the caller's scopes grant the required one. */
    public static boolean grants(Collection<String> held, String required) {
        Scope need = Scope.parse(required);
        return held.stream().map(Scope::parse).anyMatch(have -> have.admin() || have.satisfies(need));
    }

    private record Scope(boolean admin, String resource, String id, String action) {

        static Scope parse(String raw) {
            if (ADMIN.equals(raw)) {
                return new Scope(true, null, null, null);
            }
            String[] parts = raw.split(":", -1);
            return switch (parts.length) {
                case 2 -> new Scope(false, alias(parts[0]), null, parts[1]);
                case 3 -> new Scope(false, alias(parts[0]), parts[1], parts[2]);
                default -> new Scope(false, null, null, null);
            };
        }

        private static String alias(String resource) {
            return "system".equals(resource) ? "config" : resource;
        }

        boolean satisfies(Scope need) {
            if (resource == null || need.resource == null || !resource.equals(need.resource)
                    || !action.equals(need.action)) {
                return false;
            }
            if (id == null || "*".equals(id)) {
                return true;
            }
            return ANY_ID.equals(need.id) || id.equals(need.id);
        }
    }
}
