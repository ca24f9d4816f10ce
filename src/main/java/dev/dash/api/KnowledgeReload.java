package dev.dash.api;

import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.schedule.SlotClaims;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Reloads the knowledge folder on request (upstream Dash's POST /knowledge/reload) and on a daily schedule, which runs
 * at one replica per slot.
 */
@Path("/knowledge/reload")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeReload {

    private static final Logger LOG = Logger.getLogger(KnowledgeReload.class);

    private static final String JOB = "knowledge-reload";
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final KnowledgeLoader loader;
    private final SlotClaims claims;

    public KnowledgeReload(KnowledgeLoader loader, SlotClaims claims) {
        this.loader = loader;
        this.claims = claims;
    }

    @POST
    public Map<String, Object> reload() {
        try {
            var report = loader.load(false);
            return Map.of("status", "ok", "added", report.added(), "updated", report.updated(),
                    "unchanged", report.unchanged(), "removed", report.removed(), "ms", report.ms());
        } catch (RuntimeException e) {
            LOG.warn("Knowledge reload failed", e);
            return Map.of("status", "error", "message", e.getMessage());
        }
    }

    @Scheduled(cron = "{dash.knowledge.reload-cron}", timeZone = "UTC", identity = JOB)
    void scheduled(ScheduledExecution execution) {
        claims.claim(JOB, execution.getScheduledFireTime(), LEASE).ifPresent(claim -> {
            Map<String, Object> result = reload();
            if ("ok".equals(result.get("status"))) {
                claims.done(claim, null);
            } else {
                claims.failed(claim, String.valueOf(result.get("message")));
            }
        });
    }
}
