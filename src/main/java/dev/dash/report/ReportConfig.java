package dev.dash.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Scheduled reports (docs/SLACK_CONNECT.md, "Adding a report"). */
@ConfigMapping(prefix = "dash.reports")
public interface ReportConfig {

    /** Folder of report files (*.json). */
    @WithDefault("knowledge/reports")
    String dir();

    /** How long a replica may take to post a slot before another one may take it over. */
    @WithDefault("10m")
    Duration lease();

    /** A slot whose replica stopped is still posted late when it is at most this old. */
    @WithDefault("1h")
    Duration catchUp();

    /** The scopes a report's run holds. */
    @WithDefault("teams:dash:run")
    Set<String> scopes();

    /** Rows of a query shown in a report at most. */
    @WithDefault("15")
    int maxRows();
}
