package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;

/** The leader's only tool: hand a task to the Analyst or the Engineer and get their answer back. */
@ApplicationScoped
public class LeaderTools {

    private final Delegation members;
    private final Conversations conversations;

    public LeaderTools(Delegation members, Conversations conversations) {
        this.members = members;
        this.conversations = conversations;
    }

    @Tool(name = "delegate_task_to_member", value = "Give one self-contained task to a team member and get its answer. "
            + "analyst: questions about the data (read-only SQL). engineer: create views or summary tables in its "
            + "schema.")
    public String delegateTaskToMember(@P(name = "member_id", value = "analyst or engineer") String member_id,
            @P(name = "task", value = "The task, with everything the member needs to know") String task,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("delegate_task_to_member", ToolArgs.of("member_id", member_id, "task", task), () -> {
            Set<String> available = members.memberIds(run);
            if (!available.contains(member_id)) {
                return ToolResult.failed("engineer".equals(member_id)
                        ? "The engineer is not available to this user: building views and tables needs the "
                                + "agents:engineer:run scope. Tell the user so; do not try another way."
                        : "Unknown member_id " + member_id + "; use "
                                + String.join(" or ", new TreeSet<>(available)) + ".");
            }
            String answer = members.delegate(run, member_id, task);
            return ToolResult.ok(answer, member_id + " answered");
        });
    }
}
