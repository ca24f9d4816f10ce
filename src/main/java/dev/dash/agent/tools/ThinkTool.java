package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;

/** think: a scratchpad step. It changes nothing; the trace shows it. */
@ApplicationScoped
public class ThinkTool {

    private final Conversations conversations;

    public ThinkTool(Conversations conversations) {
        this.conversations = conversations;
    }

    @Tool(name = "think", value = "Think before acting: plan the query, check assumptions against the knowledge.")
    public String think(@P(name = "title", value = "Short title of the step") String title,
            @P(name = "thought", value = "The reasoning") String thought,
            @P(name = "action", value = "What you will do next", required = false) String action,
            @P(name = "confidence", value = "0.0 to 1.0", required = false) Double confidence,
            @ToolMemoryId String memoryId) {
        return conversations.run(memoryId).tool("think", ToolArgs.of("title", title, "thought", thought, "action", action,
                "confidence", confidence), () -> Reasoning.noted(title, action));
    }
}
