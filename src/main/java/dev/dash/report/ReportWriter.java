package dev.dash.report;

import dev.dash.agent.Coordinator;
import dev.dash.format.Formats;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.run.Asker;
import dev.dash.run.QueryResult;
import dev.dash.run.RunEvents;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.run.SlackPlace;
import dev.dash.run.Via;
import dev.dash.slack.SlackText;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report's whole message before anything is posted, so a failing part fails the report. Validated queries
 * run as dash_analyst with no model call; a question goes to the agent through the Coordinator.
 */
@ApplicationScoped
public class ReportWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private final KnowledgeRepository knowledge;
    private final SqlRunner sql;
    private final Coordinator coordinator;
    private final ReportConfig config;

    public ReportWriter(KnowledgeRepository knowledge, SqlRunner sql, Coordinator coordinator, ReportConfig config) {
        this.knowledge = knowledge;
        this.sql = sql;
        this.coordinator = coordinator;
        this.config = config;
    }

    /** The message for this slot, in Slack mrkdwn; throws {@link ReportFailed} when any part fails. */
    public String write(Report report, Instant slot) {
        List<String> parts = new ArrayList<>();
        parts.add("*" + report.heading() + "* · " + DAY.format(slot.atZone(report.zone())));
        if (report.queries().isEmpty()) {
            parts.add(answer(report));
        } else {
            report.queries().forEach(name -> parts.add(section(report, name)));
        }
        return String.join("\n\n", parts);
    }

    private String answer(Report report) {
        Asker asker = new Asker("report:" + report.name(), config.scopes(), Via.REPORT,
                SlackPlace.channel(report.channel()));
        RunResponse run = coordinator.ask(asker, null, report.question(), RunEvents.NONE);
        if (run.status() != RunStatus.COMPLETED) {
            throw new ReportFailed("the question was not answered (" + run.status().id() + "): "
                    + (run.error() == null ? firstLine(run.answer()) : run.error().message()));
        }
        return SlackText.of(run.answer(), run.result(), config.maxRows());
    }

    private String section(Report report, String name) {
        KnowledgeEntry query = knowledge.byId("query:" + name)
                .orElseThrow(() -> new ReportFailed("no validated query named " + name));
        SqlOutcome outcome = sql.read(query.sql());
        if (outcome instanceof SqlOutcome.Failure failure) {
            throw new ReportFailed("query " + name + " failed: " + failure.message());
        }
        QueryResult result = ((SqlOutcome.Success) outcome).result();
        String title = "*" + titleOf(query.content()) + "*";
        if (result.rows().isEmpty()) {
            return title + "\nNo rows.";
        }
        int last = report.last_rows().getOrDefault(name, 0);
        QueryResult shown = last > 0 ? lastRows(result, last) : firstRows(result, config.maxRows());
        if (shown.rows().size() == 1) {
            return title + "\n" + oneRow(shown);
        }
        String note = shown.rows().size() < result.rows().size()
                ? "\n_" + (last > 0 ? "last " : "first ") + shown.rows().size() + " of " + result.row_count()
                        + " rows_" : "";
        return title + "\n" + SlackText.table(shown) + note;
    }

    /** The description up to its first colon, full stop or parenthesis: "Current MRR and ARR (MRR x 12) ..." */
    private static String titleOf(String description) {
        String text = description.strip();
        int end = text.length();
        for (String stop : List.of(": ", ". ", "; ", " (")) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).replaceAll("\\.$", "");
    }

    private static String oneRow(QueryResult result) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            var column = result.columns().get(i);
            cells.add(Formats.label(column.name()) + ": *" + Formats.value(result.rows().getFirst().get(i), column.unit())
                    + "*");
        }
        return String.join(" · ", cells);
    }

    private static QueryResult firstRows(QueryResult result, int n) {
        var rows = result.rows().subList(0, Math.min(n, result.rows().size()));
        return new QueryResult(result.columns(), rows, rows.size(), false);
    }

    private static QueryResult lastRows(QueryResult result, int n) {
        var rows = result.rows().subList(Math.max(0, result.rows().size() - n), result.rows().size());
        return new QueryResult(result.columns(), rows, rows.size(), false);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
