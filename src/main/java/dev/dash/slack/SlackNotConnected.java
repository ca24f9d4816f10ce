package dev.dash.slack;

/** A Slack call was asked for while no SLACK_TOKEN is set; nothing was sent. */
public class SlackNotConnected extends SlackFailure {

    public SlackNotConnected(String setupGuide) {
        super("Slack is not connected: set SLACK_TOKEN (and SLACK_SIGNING_SECRET to receive messages) as "
                + setupGuide + " explains, then restart Dash.", null);
    }
}
