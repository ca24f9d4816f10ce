package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Supplier;

/** The leader's Slack tools: thin adapters over the {@link SlackWorkspace}, recorded in the run's trace. */
@ApplicationScoped
public class SlackTools {

    private final SlackWorkspace actions;
    private final Conversations conversations;

    public SlackTools(SlackWorkspace actions, Conversations conversations) {
        this.actions = actions;
        this.conversations = conversations;
    }

    @Tool(name = "send_message", value = "Post a message (Slack mrkdwn) to a Slack channel, by name (#sales) or id.")
    public String sendMessage(@P(name = "channel", value = "Channel name like #sales, or its id") String channel,
            @P(name = "text", value = "The message") String text, @ToolMemoryId String memoryId) {
        return run(memoryId, "send_message", ToolArgs.of("channel", channel, "text", text),
                () -> actions.post(channel, text));
    }

    @Tool(name = "send_message_thread", value = "Reply in a Slack thread.")
    public String sendMessageThread(@P(name = "channel", value = "Channel id") String channel,
            @P(name = "thread_ts", value = "ts of the thread's first message") String thread_ts,
            @P(name = "text", value = "The reply") String text, @ToolMemoryId String memoryId) {
        return run(memoryId, "send_message_thread",
                ToolArgs.of("channel", channel, "thread_ts", thread_ts, "text", text),
                () -> actions.reply(channel, thread_ts, text));
    }

    @Tool(name = "list_channels", value = "List the Slack channels Dash can see.")
    public String listChannels(@ToolMemoryId String memoryId) {
        return run(memoryId, "list_channels", Map.of(), actions::channels);
    }

    @Tool(name = "get_thread", value = "Read the messages of a Slack thread.")
    public String getThread(@P(name = "channel", value = "Channel id") String channel,
            @P(name = "thread_ts", value = "ts of the thread's first message") String thread_ts,
            @ToolMemoryId String memoryId) {
        return run(memoryId, "get_thread", ToolArgs.of("channel", channel, "thread_ts", thread_ts),
                () -> actions.thread(channel, thread_ts));
    }

    @Tool(name = "get_user_info", value = "Look up a Slack user by id (U...): name, real name, time zone.")
    public String getUserInfo(@P(name = "user_id", value = "Slack user id") String user_id,
            @ToolMemoryId String memoryId) {
        return run(memoryId, "get_user_info", ToolArgs.of("user_id", user_id), () -> actions.user(user_id));
    }

    private String run(String memoryId, String name, Map<String, Object> args, Supplier<SlackWorkspace.Result> action) {
        RunContext run = conversations.run(memoryId);
        return run.tool(name, args, () -> {
            SlackWorkspace.Result result = action.get();
            return result.ok() ? ToolResult.ok(result.text(), name + " done")
                    : ToolResult.failed(result.text());
        });
    }
}
