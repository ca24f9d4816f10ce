package dev.dash.slack;

import com.slack.api.model.Message;
import com.slack.api.model.User;
import dev.dash.agent.tools.SlackWorkspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;

/**
 * What the leader can do in Slack ({@link SlackWorkspace}), over the Web API client. Without SLACK_TOKEN every action says how to connect
 * Slack and calls nothing.
 */
@ApplicationScoped
public class SlackActions implements SlackWorkspace {

    private static final int THREAD_MESSAGES = 50;

    private final SlackClient slack;

    public SlackActions(SlackClient slack) {
        this.slack = slack;
    }

    @Override
    public Result post(String channel, String text) {
        return act(() -> "Posted to " + channel + " (message ts " + slack.post(channel, null, text) + ").");
    }

    @Override
    public Result reply(String channel, String threadTs, String text) {
        return act(() -> "Replied in thread " + threadTs + " of " + channel + " (message ts "
                + slack.post(channel, threadTs, text) + ").");
    }

    @Override
    public Result channels() {
        return act(() -> slack.channels().stream()
                .map(c -> "#" + c.getName() + " (id " + c.getId() + (c.isMember() ? ", Dash is a member" : "") + ")")
                .collect(Collectors.joining("\n", "Channels:\n", "")));
    }

    @Override
    public Result thread(String channel, String threadTs) {
        return act(() -> slack.thread(channel, threadTs, THREAD_MESSAGES).stream().map(SlackActions::line)
                .collect(Collectors.joining("\n")));
    }

    @Override
    public Result user(String userId) {
        return act(() -> {
            User u = slack.user(userId);
            return u.getName() + " (" + u.getRealName() + "), id " + u.getId()
                    + (u.getTz() == null ? "" : ", time zone " + u.getTz());
        });
    }

    private Result act(java.util.function.Supplier<String> action) {
        try {
            return new Result(true, action.get());
        } catch (SlackFailure e) {
            return new Result(false, e.getMessage());
        }
    }

    private static String line(Message m) {
        return "[" + m.getTs() + "] " + (m.getUser() == null ? m.getBotId() : m.getUser()) + ": " + m.getText();
    }
}
