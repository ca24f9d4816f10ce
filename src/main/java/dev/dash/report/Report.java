package dev.dash.report;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A scheduled report as configured in knowledge/reports/*.json: when (a Quartz cron in a time zone), where (a Slack
 * channel) and what: validated queries by name, run without a model, or a question for the agent.
 * {@code last_rows} shows only the last N rows of a query (the latest months of a trend).
 */
@RegisterForReflection
public record Report(String name, String title, String cron, String time_zone, String channel, String question,
        List<String> queries, Map<String, Integer> last_rows) {

    public Report {
        queries = queries == null ? List.of() : List.copyOf(queries);
        last_rows = last_rows == null ? Map.of() : Map.copyOf(last_rows);
    }

    public String heading() {
        return title == null || title.isBlank() ? name : title;
    }

    public ZoneId zone() {
        return ZoneId.of(time_zone == null || time_zone.isBlank() ? "UTC" : time_zone);
    }

    /** The job name slots are claimed under. */
    public String job() {
        return "report:" + name;
    }

    /** Why this report cannot run, or null. */
    public String problem() {
        if (name == null || !name.matches("[a-z][a-z0-9_-]{1,63}")) {
            return "name must be lower case letters, digits, _ or -";
        }
        if (cron == null || cron.isBlank()) {
            return "cron is missing";
        }
        if (channel == null || channel.isBlank()) {
            return "channel is missing";
        }
        if ((question == null || question.isBlank()) == queries.isEmpty()) {
            return "give either a question or a list of validated queries, not both";
        }
        try {
            zone();
        } catch (DateTimeException e) {
            return "unknown time_zone " + time_zone;
        }
        return null;
    }
}
