package dev.dash.agentos;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import dev.dash.slack.SlackSettings;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** AgentOS's GET /config and /models, which the control plane reads to describe this OS. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final Catalog catalog;
    private final Map<String, List<String>> quickPrompts;
    private final SlackSettings slack;

    public ConfigResource(Catalog catalog, ObjectMapper json, SlackSettings slack) {
        this.catalog = catalog;
        this.slack = slack;
        try {
            this.quickPrompts = json.readValue(SqlResource.read("agentos/quick-prompts.json"),
                    new TypeReference<Map<String, List<String>>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RegisterForReflection
    public record Config(String os_id, String name, String description, List<String> available_models,
            String os_database, List<String> databases, Chat chat, Domain session, Domain memory, Domain knowledge,
            Domain evals, Domain metrics, Domain traces, List<Catalog.Summary> agents, List<Catalog.Summary> teams,
            List<Catalog.Summary> workflows, List<Map<String, String>> interfaces) {
    }

    @RegisterForReflection
    public record Chat(Map<String, List<String>> quick_prompts) {
    }

    @RegisterForReflection
    public record Domain(List<Db> dbs) {
    }

    @RegisterForReflection
    public record Db(String db_id, Map<String, String> domain_config) {
    }

    @RegisterForReflection
    public record ModelEntry(String id, String provider) {
    }

    @GET
    @Path("config")
    public Config config() {
        Catalog.Model model = catalog.model();
        return new Config("dash", "Dash", catalog.teamSummary().description(), List.of(model.model()),
                Catalog.DB_ID, List.of(Catalog.DB_ID), new Chat(quickPrompts), domain("Sessions"), domain("Memory"),
                domain("Knowledge"), domain("Evals"), domain("Metrics"), domain("Traces"), catalog.agentSummaries(),
                List.of(catalog.teamSummary()), List.of(), interfaces());
    }

    /** As AgentOS lists its mounted interfaces: Slack once it can verify Slack's requests. */
    private List<Map<String, String>> interfaces() {
        boolean slackOn = slack.signingSecret().filter(s -> !s.isBlank()).isPresent();
        return slackOn ? List.of(Map.of("type", "slack", "version", "1.0", "route", "/slack")) : List.of();
    }

    @GET
    @Path("models")
    public List<ModelEntry> models() {
        Catalog.Model model = catalog.model();
        return List.of(new ModelEntry(model.model(), model.provider()));
    }

    private static Domain domain(String name) {
        return new Domain(List.of(new Db(Catalog.DB_ID, Map.of("display_name", name))));
    }
}
