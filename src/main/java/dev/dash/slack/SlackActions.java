package dev.dash.slack;

import com.slack.api.model.Message;
import com.slack.api.model.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;

/**
 * What the leader can do in Slack, as sentences for the model. Without SLACK_TOKEN every action says how to connect
 * Slack and calls nothing.
 */
@ApplicationScoped
public class SlackActions {

    private static final int THREAD_MESSAGES = 50;

    private final SlackClient slack;

    public SlackActions(SlackClient slack) {
        this.slack = slack;
    }

    public Result post(String channel, String text) {
        return act(() -> "Posted to " + channel + " (message ts " + slack.post(channel, null, text) + ").");
    }

    public Result reply(String channel, String threadTs, String text) {
        return act(() -> "Replied in thread " + threadTs + " of " + channel + " (message ts "
                + slack.post(channel, threadTs, text) + ").");
    }

    public Result channels() {
        return act(() -> slack.channels().stream()
                .map(c -> "#" + c.getName() + " (id " + c.getId() + (c.isMember() ? ", Dash is a member" : "") + ")")
                .collect(Collectors.joining("\n", "Channels:\n", "")));
    }

    public Result thread(String channel, String threadTs) {
        return act(() -> slack.thread(channel, threadTs, THREAD_MESSAGES).stream().map(SlackActions::line)
                .collect(Collectors.joining("\n")));
    }

    public Result user(String userId) {
        return act(() -> {
            User u = slack.user(userId);
            return u.getName() + " (" + u.getRealName() + "), id " + u.getId()
                    + (u.getTz() == null ? "" : ", time zone " + u.getTz());
        });
    }

    /** A sentence for the model and whether Slack did it. */
    public record Result(boolean ok, String text) {
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
