package dev.dash.agent.tools;

/**
 * What the leader can do in Slack, as sentences for the model; the Slack package implements it over Slack's Web API.
 */
public interface SlackWorkspace {

    Result post(String channel, String text);

    Result reply(String channel, String threadTs, String text);

    Result channels();

    Result thread(String channel, String threadTs);

    Result user(String userId);

    /** A sentence for the model and whether Slack did it. */
    record Result(boolean ok, String text) {
    }
}
