package dev.dash.run;

/**
 * Where in Slack a run came from: a message's thread (a Slack session is {@code <channel>:<thread_ts>}), or a
 * report's channel (no thread). The run's Slack tools reach only this place unless the asker holds a Slack scope.
 */
public record SlackPlace(String channel, String threadTs) {

    /** A report's channel: the run may post there, in no particular thread. */
    public static SlackPlace channel(String channel) {
        return new SlackPlace(channel, null);
    }

    public boolean isThread() {
        return threadTs != null;
    }
}
