package dev.dash.report;

import dev.dash.schedule.SlotClaims;
import dev.dash.slack.SlackClient;
import dev.dash.slack.SlackFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Posts a report for one slot, at one replica: the slot is claimed in the database first, the whole message is written,
 * the slot is marked as posting, then the message is posted in one Slack message. A failure posts nothing, is recorded
 * on the slot with its reason, and the next slot simply runs again. A report is posted at most once: a replica that
 * stops after marking leaves the slot to be recorded as uncertain ({@link ReportSchedule}), never posted again.
 */
@ApplicationScoped
public class ReportRunner {

    private static final Logger LOG = Logger.getLogger(ReportRunner.class);

    private final ReportWriter writer;
    private final SlackClient slack;
    private final SlotClaims claims;
    private final ReportConfig config;

    public ReportRunner(ReportWriter writer, SlackClient slack, SlotClaims claims, ReportConfig config) {
        this.writer = writer;
        this.slack = slack;
        this.claims = claims;
        this.config = config;
    }

    /** What happened to a slot at this replica. */
    public enum Outcome {
        POSTED, FAILED, TAKEN_ELSEWHERE
    }

    @ActivateRequestContext
    public Outcome run(Report report, Instant slot) {
        var claim = claims.claim(report.job(), slot, config.lease());
        if (claim.isEmpty()) {
            LOG.debugf("Report %s, slot %s: taken by another replica", report.name(), slot);
            return Outcome.TAKEN_ELSEWHERE;
        }
        try {
            String text = writer.write(report, slot);
            if (!claims.posting(claim.get())) {
                LOG.warnf("Report %s, slot %s: taken over by another replica before posting", report.name(), slot);
                return Outcome.TAKEN_ELSEWHERE;
            }
            String ts = slack.post(report.channel(), null, text);
            claims.done(claim.get(), "posted to " + report.channel() + " (ts " + ts + ")");
            LOG.infof("Report %s posted to %s for slot %s", report.name(), report.channel(), slot);
            return Outcome.POSTED;
        } catch (ReportFailed | SlackFailure e) {
            return failed(report, slot, claim.get(), e.getMessage());
        } catch (RuntimeException e) {
            return failed(report, slot, claim.get(), e.toString());
        }
    }

    /** The message as it would be posted now, for --dry-run. */
    @ActivateRequestContext
    public String preview(Report report, Instant at) {
        return writer.write(report, at);
    }

    private Outcome failed(Report report, Instant slot, SlotClaims.Claim claim, String why) {
        claims.failed(claim, why);
        LOG.errorf("Report %s failed for slot %s, nothing posted; it runs again at the next slot: %s",
                report.name(), slot, why);
        return Outcome.FAILED;
    }
}
