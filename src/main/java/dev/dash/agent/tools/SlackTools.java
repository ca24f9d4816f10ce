package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The leader's Slack tools: thin adapters over the {@link SlackWorkspace}, recorded in the run's trace. Only runs from
 * Slack or a report are offered them ({@link SlackToolbox}), each reaching only its own place unless a scope says
 * otherwise ({@link SlackReach}); the tools check again, whatever the model calls. Invoked by reflection.
 */
@ApplicationScoped
@RegisterForReflection(methods = true)
public class SlackTools {

    static final String SEND_MESSAGE = "send_message";
    static final String SEND_MESSAGE_THREAD = "send_message_thread";
    static final String LIST_CHANNELS = "list_channels";
    static final String GET_THREAD = "get_thread";
    static final String GET_USER_INFO = "get_user_info";

    private final SlackWorkspace actions;
    private final Conversations conversations;

    public SlackTools(SlackWorkspace actions, Conversations conversations) {
        this.actions = actions;
        this.conversations = conversations;
    }

    @Tool(name = SEND_MESSAGE, value = "Post a message (Slack mrkdwn) to a Slack channel, by name (#sales) or id.")
    public String sendMessage(@P(name = "channel", value = "Channel name like #sales, or its id; "
            + "without it, this conversation's channel", required = false) String channel,
            @P(name = "text", value = "The message") String text, @ToolMemoryId String memoryId) {
        SlackReach reach = reach(memoryId);
        String to = reach.channelOr(channel);
        return run(memoryId, SEND_MESSAGE, ToolArgs.of("channel", to, "text", text), reach.refusesPost(to, null),
                () -> actions.post(to, text));
    }

    @Tool(name = SEND_MESSAGE_THREAD, value = "Reply in a Slack thread; without channel and thread_ts, in this "
            + "conversation's own thread.")
    public String sendMessageThread(@P(name = "channel", value = "Channel id", required = false) String channel,
            @P(name = "thread_ts", value = "ts of the thread's first message", required = false) String thread_ts,
            @P(name = "text", value = "The reply") String text, @ToolMemoryId String memoryId) {
        SlackReach reach = reach(memoryId);
        String to = reach.channelOr(channel);
        String thread = reach.threadOr(thread_ts);
        return run(memoryId, SEND_MESSAGE_THREAD, ToolArgs.of("channel", to, "thread_ts", thread, "text", text),
                reach.refusesPost(to, thread), () -> actions.reply(to, thread, text));
    }

    @Tool(name = LIST_CHANNELS, value = "List the Slack channels Dash can see.")
    public String listChannels(@ToolMemoryId String memoryId) {
        return run(memoryId, LIST_CHANNELS, Map.of(), reach(memoryId).refusesWorkspace(), actions::channels);
    }

    @Tool(name = GET_THREAD, value = "Read the messages of a Slack thread; without channel and thread_ts, this "
            + "conversation's own thread.")
    public String getThread(@P(name = "channel", value = "Channel id", required = false) String channel,
            @P(name = "thread_ts", value = "ts of the thread's first message", required = false) String thread_ts,
            @ToolMemoryId String memoryId) {
        SlackReach reach = reach(memoryId);
        String in = reach.channelOr(channel);
        String thread = reach.threadOr(thread_ts);
        return run(memoryId, GET_THREAD, ToolArgs.of("channel", in, "thread_ts", thread),
                reach.refusesRead(in, thread), () -> actions.thread(in, thread));
    }

    @Tool(name = GET_USER_INFO, value = "Look up a Slack user by id (U...): name, real name, time zone.")
    public String getUserInfo(@P(name = "user_id", value = "Slack user id") String user_id,
            @ToolMemoryId String memoryId) {
        return run(memoryId, GET_USER_INFO, ToolArgs.of("user_id", user_id), reach(memoryId).refusesWorkspace(),
                () -> actions.user(user_id));
    }

    private SlackReach reach(String memoryId) {
        return SlackReach.of(conversations.run(memoryId).asker());
    }

    private String run(String memoryId, String name, Map<String, Object> args, Optional<String> refused,
            Supplier<SlackWorkspace.Result> action) {
        RunContext run = conversations.run(memoryId);
        return run.tool(name, args, () -> {
            if (refused.isPresent()) {
                return ToolResult.failed(refused.get());
            }
            SlackWorkspace.Result result = action.get();
            return result.ok() ? ToolResult.ok(result.text(), name + " done")
                    : ToolResult.failed(result.text());
        });
    }
}
