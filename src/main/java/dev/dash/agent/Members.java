package dev.dash.agent;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.tools.Delegation;
import dev.dash.db.DataConfig;
import dev.dash.http.Scopes;
import dev.dash.retrieval.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.function.Consumer;

/** Calls the Analyst or the Engineer with a task and the context assembled for it, attributing the work to them. */
@ApplicationScoped
public class Members implements Delegation {

    public static final String ANALYST = "analyst";
    public static final String ENGINEER = "engineer";
    public static final Set<String> IDS = Set.of(ANALYST, ENGINEER);
    /** What a run must hold to build: the AgentOS scope of running the engineer agent itself. */
    public static final String ENGINEER_SCOPE = "agents:engineer:run";
    public static final String NEEDS_SCOPE = "Building views and tables needs the " + ENGINEER_SCOPE + " scope, "
            + "which you do not have. Ask an administrator for it; questions about the data work without it.";

    private final AnalystAgent analyst;
    private final EngineerAgent engineer;
    private final ContextAssembler context;
    private final Conversations conversations;
    private final String schema;

    public Members(AnalystAgent analyst, EngineerAgent engineer, ContextAssembler context,
            Conversations conversations, DataConfig data) {
        this.schema = data.engineer().name();
        this.analyst = analyst;
        this.engineer = engineer;
        this.context = context;
        this.conversations = conversations;
    }

    /** Whether this run may use the Engineer. */
    public static boolean mayBuild(RunContext run) {
        return Scopes.grants(run.asker().scopes(), ENGINEER_SCOPE);
    }

    @Override
    public Set<String> memberIds(RunContext run) {
        return mayBuild(run) ? IDS : Set.of(ANALYST);
    }

    /** The member's answer to a task the leader gave it, streamed as the member's own run within the leader's. */
    @Override
    public String delegate(RunContext run, String member, String task) {
        return run.delegated(member, () -> ask(run, member, task, run::content));
    }

    /** The member's answer to the task; {@code onText} gets its text as it streams. */
    public String ask(RunContext run, String member, String task, Consumer<String> onText) {
        if (ENGINEER.equals(member) && !mayBuild(run)) {
            throw new IllegalStateException("The engineer was asked for without " + ENGINEER_SCOPE);
        }
        ContextAssembler.Prompt prompt = context.forTask(task, Viewer.user(run.asker().userId()));
        return run.as(member, () -> ENGINEER.equals(member)
                ? conversations.stream(engineer, run, onText, id -> engineer.answer(id, task, prompt.context(),
                        run.history(), prompt.today(), prompt.dataRange(), schema))
                : conversations.stream(analyst, run, onText, id -> analyst.answer(id, task, prompt.context(),
                        run.history(), prompt.today(), prompt.dataRange(), schema)));
    }
}
