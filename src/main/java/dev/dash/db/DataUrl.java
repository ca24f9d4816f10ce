package dev.dash.db;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The company database's address (DATA_DB_URL) as the JDBC base the agents' datasources connect to: a
 * {@code postgresql://} URL (user and password dropped: the agents log in as their own roles) or a JDBC URL, each
 * with its parameters (sslmode, …) kept.
 */
public record DataUrl(String base, String parameters) {

    public static DataUrl parse(String url) {
        String text = url.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql://")) {
            int query = text.indexOf('?');
            return query < 0 ? new DataUrl(text, "") : new DataUrl(text.substring(0, query), text.substring(query + 1));
        }
        if (!lower.startsWith("postgresql://") && !lower.startsWith("postgres://")) {
            throw new IllegalArgumentException("DATA_DB_URL must be a postgresql:// or jdbc:postgresql:// URL");
        }
        URI uri = URI.create(text);
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("DATA_DB_URL must name a host and a database: postgresql://host:port/db");
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new DataUrl("jdbc:postgresql://" + uri.getHost() + port + uri.getPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    /** The database's name: the last part of the URL's path. */
    public String database() {
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /**
     * A datasource's configured JDBC URL moved to this database: its own parameters (schemas, read-only, application
     * name) kept after this URL's, which win nothing over them.
     */
    public String rebase(String configured) {
        int query = configured.indexOf('?');
        List<String> parameters = new ArrayList<>();
        if (!this.parameters.isEmpty()) {
            parameters.add(this.parameters);
        }
        if (query >= 0 && query < configured.length() - 1) {
            parameters.add(configured.substring(query + 1));
        }
        return parameters.isEmpty() ? base : base + "?" + String.join("&", parameters);
    }
}
