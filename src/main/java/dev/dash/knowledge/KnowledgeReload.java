package dev.dash.knowledge;

import io.quarkus.scheduler.Scheduled;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.logging.Logger;

/** Reloads the knowledge folder on request (upstream Dash's POST /knowledge/reload) and on a daily schedule. */
@Path("/knowledge/reload")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeReload {

    private static final Logger LOG = Logger.getLogger(KnowledgeReload.class);

    private final KnowledgeLoader loader;

    public KnowledgeReload(KnowledgeLoader loader) {
        this.loader = loader;
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

    @Scheduled(cron = "{dash.knowledge.reload-cron}", timeZone = "UTC", identity = "knowledge-reload")
    void scheduled() {
        reload();
    }
}
