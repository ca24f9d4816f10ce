package dev.dash.ops;

import dev.dash.auth.AuthConfig;
import dev.dash.knowledge.KnowledgeConfig;
import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.model.ModelConfig;
import dev.dash.report.ReportFiles;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the serving process does before it waits for requests: loads the shipped knowledge folder (only new or changed
 * entries are embedded, so a fresh database gets everything and a restart costs a hash check), then states in one
 * line how it runs. Never prints a secret: the model endpoint is shown by host only.
 */
@ApplicationScoped
public class ServingStartup {

    private static final Logger LOG = Logger.getLogger(ServingStartup.class);

    private final KnowledgeLoader loader;
    private final KnowledgeConfig knowledge;
    private final ModelConfig model;
    private final AgroalDataSource db;
    private final String mode;
    private final Optional<String> slackToken;
    private final ReportFiles reports;

    public ServingStartup(KnowledgeLoader loader, KnowledgeConfig knowledge, ModelConfig model, AgroalDataSource db,
            AuthConfig auth,
            @ConfigProperty(name = "dash.slack.token") Optional<String> slackToken, ReportFiles reports) {
        this.reports = reports;
        this.loader = loader;
        this.knowledge = knowledge;
        this.model = model;
        this.db = db;
        this.mode = auth.runtimeEnv().strip();
        this.slackToken = slackToken;
    }

    public void run() {
        loadKnowledge();
        LOG.info(summary());
    }

    private void loadKnowledge() {
        Path dir = Path.of(knowledge.dir());
        if (!Files.isDirectory(dir)) {
            LOG.warnf("No knowledge folder at %s (dash.knowledge.dir): the knowledge base keeps what it has", dir);
            return;
        }
        try {
            loader.load(false);
        } catch (RuntimeException e) {
            LOG.warnf("Knowledge not loaded from %s: %s", dir, e.getMessage());
        }
    }

    String summary() {
        boolean slack = slackToken.filter(t -> !t.isBlank()).isPresent();
        String scheduled = slack ? reports.all().size() + " scheduled" : "off (no SLACK_TOKEN)";
        return "Dash serving: mode %s, model %s, Slack %s, reports %s, knowledge %s".formatted(mode, modelLine(),
                onOff(slack), scheduled, knowledgeCounts());
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private String modelLine() {
        if (!model.online()) {
            return "offline (no OPENAI_API_KEY or OPENAI_BASE_URL: only questions matching a validated query are "
                    + "answered)";
        }
        String host = model.baseUrl().map(u -> URI.create(u).getHost()).orElse("api.openai.com");
        return "%s at %s".formatted(model.name(), host);
    }

    private Map<String, Integer> knowledgeCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        try (var c = db.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT kind, count(*) FROM dash_internal.knowledge GROUP BY kind")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            LOG.warnf("Knowledge counts unavailable: %s", e.getMessage());
        }
        return counts;
    }
}
