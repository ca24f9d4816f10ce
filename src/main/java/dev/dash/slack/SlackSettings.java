package dev.dash.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** Slack connection (docs/SLACK_CONNECT.md). Without a token nothing is sent; without a secret no event is taken. */
@ConfigMapping(prefix = "dash.slack")
public interface SlackSettings {

    /** Bot token (xoxb-...), from SLACK_TOKEN. */
    Optional<String> token();

    /** Signing secret of the Slack app, from SLACK_SIGNING_SECRET: every event request is checked with it. */
    Optional<String> signingSecret();

    /** Web API base URL; tests point it at a local stand-in. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** Requests signed longer ago than this (or this far in the future) are refused. */
    @WithDefault("300")
    int maxRequestAgeSeconds();

    /** Result tables up to this many rows are shown in a reply as a code block. */
    @WithDefault("15")
    int maxTableRows();

    /** The scopes a Slack user's runs hold: Slack users have no token of their own. */
    @WithDefault("teams:dash:run")
    Set<String> scopes();

    /** Where the setup steps are, for answers given while Slack is not connected. */
    @WithDefault("docs/SLACK_CONNECT.md")
    String setupGuide();
}
