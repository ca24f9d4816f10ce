package dev.dash.db;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The schema the Engineer builds in and the Analyst reads too ({@code dash.data.engineer-schema}, default
 * {@code dash}). A plain lower-case name that is none of the company's schemas nor a system or Dash-internal one: the
 * Engineer's CREATE right there must never reach company data or Dash's own tables.
 */
public record EngineerSchema(String name) {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final List<String> FORBIDDEN = List.of("dash_internal", "information_schema");

    public EngineerSchema {
        if (!PLAIN.matcher(name).matches() || name.startsWith("pg_") || FORBIDDEN.contains(name)) {
            throw new IllegalArgumentException("dash.data.engineer-schema must be a lower-case name of letters, digits "
                    + "and underscores, not pg_*, information_schema or dash_internal; got '" + name + "'");
        }
    }

    /** The configured schema, refused when it is also one of the schemas of company data. */
    static EngineerSchema of(String name, List<String> companySchemas) {
        if (companySchemas.contains(name)) {
            throw new IllegalArgumentException("dash.data.engineer-schema (" + name + ") must not be one of the "
                    + "company's schemas (dash.data.analyst-schemas " + companySchemas + "): the Engineer may create "
                    + "there");
        }
        return new EngineerSchema(name);
    }

    /** An object name as the Engineer's search path resolves it (this schema first): lower-case, without quotes. */
    public String qualify(String objectName) {
        String plain = objectName.replace("\"", "").toLowerCase(Locale.ROOT).strip();
        return plain.contains(".") ? plain : name + "." + plain;
    }

    /** Whether a qualified name ({@link #qualify}) is one object directly in this schema. */
    public boolean holds(String qualified) {
        return qualified.startsWith(name + ".") && qualified.indexOf('.') == qualified.lastIndexOf('.');
    }

    /** An example object name for messages: {@code dash.monthly_mrr}. */
    public String example() {
        return name + ".monthly_mrr";
    }
}
