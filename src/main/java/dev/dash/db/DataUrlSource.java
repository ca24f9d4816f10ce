package dev.dash.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * With DATA_DB_URL set, the Analyst's and the Engineer's datasources connect to that database instead of Dash's own,
 * with the same parameters (schemas, read-only mode, application name); sessions, knowledge and vectors stay in Dash's
 * database. Without it nothing changes.
 */
public class DataUrlSource implements ConfigSourceFactory {

    static final List<String> AGENT_URLS = List.of("quarkus.datasource.analyst.jdbc.url",
            "quarkus.datasource.engineer.jdbc.url");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String url = value(context, "DATA_DB_URL");
        if (url.isBlank()) {
            url = value(context, "dash.data.url");
        }
        if (url.isBlank() || url.contains("${")) { // unset, or the properties' own unexpanded ${DATA_DB_URL:}
            return List.of();
        }
        DataUrl data = DataUrl.parse(url);
        Map<String, String> moved = new HashMap<>();
        for (String key : AGENT_URLS) {
            var configured = context.getValue(key);
            if (configured != null && configured.getValue() != null) {
                moved.put(key, data.rebase(configured.getValue()));
            }
        }
        return List.of(new MapBackedConfigSource("dash-data-url", moved, RolePasswordSource.ORDINAL) {
        });
    }

    private static String value(ConfigSourceContext context, String key) {
        var value = context.getValue(key);
        return value == null || value.getValue() == null ? "" : value.getValue().strip();
    }
}
