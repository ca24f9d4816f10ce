package dev.dash.slack;

/** Slack refused a call or could not be reached. The message never carries the token. */
public class SlackFailure extends RuntimeException {

    public SlackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
