package dev.dash.agent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Calls the Analyst or the Engineer with a task and the context assembled for it, attributing the work to them. */
@ApplicationScoped
public class Members {

    public static final String ANALYST = "analyst";
    public static final String ENGINEER = "engineer";
    public static final Set<String> IDS = Set.of(ANALYST, ENGINEER);

    private final AnalystAgent analyst;
    private final EngineerAgent engineer;
    private final ContextAssembler context;
    private final Conversations conversations;

    public Members(AnalystAgent analyst, EngineerAgent engineer, ContextAssembler context,
            Conversations conversations) {
        this.analyst = analyst;
        this.engineer = engineer;
        this.context = context;
        this.conversations = conversations;
    }

    public String ask(String member, String task) {
        RunContext run = RunContext.current();
        ContextAssembler.Prompt prompt = context.forTask(task);
        return run.as(member, () -> ENGINEER.equals(member)
                ? conversations.once(engineer, id -> engineer.answer(id, task, prompt.context(), run.history(),
                        prompt.today(), prompt.dataRange()))
                : conversations.once(analyst, id -> analyst.answer(id, task, prompt.context(), run.history(),
                        prompt.today(), prompt.dataRange())));
    }
}
