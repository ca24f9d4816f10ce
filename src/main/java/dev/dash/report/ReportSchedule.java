package dev.dash.report;

import dev.dash.schedule.SlotClaims;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Schedules every report file with quarkus-scheduler at startup (each replica schedules all of them; the slot claim
 * lets one post), and once a minute posts late the recent slots whose replica stopped before posting, and records as
 * failed those whose replica stopped while posting (the post may be out: posting it again could double it).
 */
@ApplicationScoped
public class ReportSchedule {

    private static final Logger LOG = Logger.getLogger(ReportSchedule.class);
    static final String UNCERTAIN = "the replica stopped while posting: the report may have been posted; "
            + "it is not posted again";

    private final ReportFiles files;
    private final ReportRunner runner;
    private final Scheduler scheduler;
    private final SlotClaims claims;
    private final ReportConfig config;

    public ReportSchedule(ReportFiles files, ReportRunner runner, Scheduler scheduler, SlotClaims claims,
            ReportConfig config) {
        this.files = files;
        this.runner = runner;
        this.scheduler = scheduler;
        this.claims = claims;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        for (Report report : files.all()) {
            try {
                scheduler.newJob(report.job()).setCron(report.cron()).setTimeZone(report.zone().getId())
                        .setTask(execution -> runner.run(report, execution.getScheduledFireTime())).schedule();
                LOG.infof("Report %s scheduled (%s, %s) to %s", report.name(), report.cron(), report.zone(),
                        report.channel());
            } catch (RuntimeException e) {
                LOG.warnf("Report %s not scheduled: %s", report.name(), e.getMessage());
            }
        }
    }

    @Scheduled(every = "60s", delayed = "60s", identity = "report-recovery")
    void recover() {
        List<Report> reports = files.all();
        List<String> jobs = reports.stream().map(Report::job).toList();
        for (SlotClaims.Claim slot : claims.uncertain(jobs, UNCERTAIN)) {
            LOG.warnf("Report job %s, slot %s: %s; check the channel", slot.job(), slot.slot(), UNCERTAIN);
        }
        for (SlotClaims.Claim slot : claims.abandoned(jobs, config.catchUp())) {
            reports.stream().filter(r -> r.job().equals(slot.job())).findFirst().ifPresent(report -> {
                LOG.warnf("Report %s, slot %s: its replica stopped before posting; posting it now", report.name(),
                        slot.slot());
                runner.run(report, slot.slot().toInstant());
            });
        }
    }

    /** Whether this instance schedules reports (quarkus.scheduler.enabled; the one-shot commands run without). */
    public boolean active() {
        return scheduler.isStarted();
    }

    /** When this report runs next, for listings; null while it is not scheduled here. */
    public Instant next(Report report) {
        if (!active()) {
            return null;
        }
        var trigger = scheduler.getScheduledJob(report.job());
        return trigger == null ? null : trigger.getNextFireTime();
    }
}
