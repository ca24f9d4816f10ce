package dev.dash.agentos;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dash.agent.Members;
import dev.dash.http.Caller;
import dev.dash.model.ModelConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The team and agents as AgentOS describes them: team {@code dash} led by the leader, agents analyst and engineer. */
@ApplicationScoped
public class Catalog {

    /** The one database of sessions, knowledge and traces; agent-ui lists sessions only when it has a db_id. */
    public static final String DB_ID = "dash";
    /** The team leads and delegates to its members, as agno's coordinate mode. */
    private static final String MODE = "coordinate";
    public static final String TEAM_ID = "dash";

    private static final List<Entry> AGENTS = List.of(
            new Entry(Members.ANALYST, "Analyst", "Answers questions about the data with read-only SQL.",
                    "Data analyst", List.of("run_sql_query", "introspect_schema", "save_validated_query",
                            "save_learning", "think", "analyze")),
            new Entry(Members.ENGINEER, "Engineer", "Builds views and summary tables in its own schema.",
                    "Data engineer", List.of("run_sql_query", "introspect_schema", "update_knowledge",
                            "save_learning", "think", "analyze")));
    private static final Entry TEAM = new Entry(TEAM_ID, "Dash",
            "A self-learning data agent: answers questions about your PostgreSQL data, with an analyst and an engineer.",
            "Team leader", List.of("delegate_task_to_member"));

    private final ModelConfig model;

    public Catalog(ModelConfig model) {
        this.model = model;
    }

    @RegisterForReflection
    public record Model(String name, String model, String provider) {
    }

    /** agno's AgentSummaryResponse, or TeamSummaryResponse with its mode. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String id, String name, String description, String db_id, String mode) {
    }

    @RegisterForReflection
    public record Agent(String id, String name, String description, String role, String db_id, Model model,
            List<Tool> tools) {
    }

    @RegisterForReflection
    public record Team(String id, String name, String description, String db_id, String mode, Model model,
            List<Agent> members, List<Tool> tools) {
    }

    @RegisterForReflection
    public record Tool(String name) {
    }

    private record Entry(String id, String name, String description, String role, List<String> tools) {
    }

    public Model model() {
        String name = model.online() ? model.name() : "offline";
        return new Model(name, name, model.online() ? "OpenAI" : "none");
    }

    public List<Agent> agents(Caller caller) {
        return AGENTS.stream().filter(a -> caller.may("agents:" + a.id() + ":read")).map(this::agent).toList();
    }

    public List<Team> teams(Caller caller) {
        return caller.may("teams:" + TEAM_ID + ":read") ? List.of(team()) : List.of();
    }

    public Optional<Agent> agent(String id) {
        return AGENTS.stream().filter(a -> a.id().equals(id)).findFirst().map(this::agent);
    }

    public Optional<Team> team(String id) {
        return TEAM_ID.equals(id) ? Optional.of(team()) : Optional.empty();
    }

    public List<Summary> agentSummaries() {
        return AGENTS.stream().map(a -> new Summary(a.id(), a.name(), a.description(), DB_ID, null)).toList();
    }

    public Summary teamSummary() {
        return new Summary(TEAM.id(), TEAM.name(), TEAM.description(), DB_ID, MODE);
    }

    private Agent agent(Entry e) {
        return new Agent(e.id(), e.name(), e.description(), e.role(), DB_ID, model(), tools(e));
    }

    private Team team() {
        return new Team(TEAM.id(), TEAM.name(), TEAM.description(), DB_ID, MODE, model(),
                AGENTS.stream().map(this::agent).toList(), tools(TEAM));
    }

    private static List<Tool> tools(Entry e) {
        return e.tools().stream().map(Tool::new).toList();
    }
}
