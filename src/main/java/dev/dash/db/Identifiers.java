package dev.dash.db;

/** Names of tables and columns in SQL that Dash writes itself, quoted so any name reads as the one it is. */
public final class Identifiers {

    private Identifiers() {
    }

    /** {@code plan} → {@code "plan"}, {@code we"ird} → {@code "we""ird"}. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
