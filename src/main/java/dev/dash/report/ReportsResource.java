package dev.dash.report;

import dev.dash.schedule.SlotClaims;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GET /api/reports: the configured reports, whether this instance schedules them (not with the scheduler off), when
 * each runs next and how its latest slot went.
 */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private final ReportFiles files;
    private final ReportSchedule schedule;
    private final SlotClaims claims;

    public ReportsResource(ReportFiles files, ReportSchedule schedule, SlotClaims claims) {
        this.files = files;
        this.schedule = schedule;
        this.claims = claims;
    }

    @RegisterForReflection
    public record Listed(String name, String title, String cron, String time_zone, String channel, String question,
            List<String> queries, boolean scheduled, Instant next_run, SlotClaims.Latest last_run) {
    }

    @GET
    public List<Listed> list() {
        List<Report> reports = files.all();
        Map<String, SlotClaims.Latest> latest = claims.latest(reports.stream().map(Report::job).toList()).stream()
                .collect(Collectors.toMap(SlotClaims.Latest::job, Function.identity()));
        boolean scheduled = schedule.active();
        return reports.stream().map(r -> new Listed(r.name(), r.heading(), r.cron(), r.zone().getId(), r.channel(),
                r.question(), r.queries(), scheduled, schedule.next(r), latest.get(r.job()))).toList();
    }
}
