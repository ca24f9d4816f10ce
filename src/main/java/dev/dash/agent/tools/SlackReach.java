package dev.dash.agent.tools;

import dev.dash.http.Scopes;
import dev.dash.run.Asker;
import dev.dash.run.SlackPlace;
import dev.dash.run.Via;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a run may act in Slack. Only runs from Slack or a report reach it at all: a Slack run its own thread, a
 * report's run its channel. Posting anywhere else needs {@code slack:write}; listing channels, reading other threads
 * and looking up users need {@code slack:read}. The tools a run is offered follow from the same rules.
 */
record SlackReach(SlackPlace place, boolean write, boolean read) {

    static final String WRITE = "slack:write";
    static final String READ = "slack:read";

    static SlackReach of(Asker asker) {
        boolean fromSlack = asker.via() == Via.SLACK || asker.via() == Via.REPORT;
        if (!fromSlack || asker.slackPlace() == null) {
            return new SlackReach(null, false, false);
        }
        return new SlackReach(asker.slackPlace(), Scopes.grants(asker.scopes(), WRITE),
                Scopes.grants(asker.scopes(), READ));
    }

    /** The Slack tools this run is offered; none outside Slack and reports. */
    Set<String> tools() {
        Set<String> tools = new LinkedHashSet<>();
        if (place == null) {
            return tools;
        }
        if (write || !place.isThread()) {
            tools.add(SlackTools.SEND_MESSAGE);
        }
        if (write || place.isThread()) {
            tools.add(SlackTools.SEND_MESSAGE_THREAD);
        }
        if (read || place.isThread()) {
            tools.add(SlackTools.GET_THREAD);
        }
        if (read) {
            tools.add(SlackTools.LIST_CHANNELS);
            tools.add(SlackTools.GET_USER_INFO);
        }
        return tools;
    }

    /** The channel a tool means when the model names none: this run's own. */
    String channelOr(String channel) {
        return blank(channel) && place != null ? place.channel() : channel;
    }

    /** The thread a tool means when the model names none: this run's own, when it has one. */
    String threadOr(String threadTs) {
        return blank(threadTs) && place != null ? place.threadTs() : threadTs;
    }

    /** Why this run may not post there, or empty when it may. */
    Optional<String> refusesPost(String channel, String threadTs) {
        if (place == null) {
            return Optional.of("Slack tools are only for conversations in Slack and scheduled reports.");
        }
        boolean home = place.channel().equals(channel) && (!place.isThread() || place.threadTs().equals(threadTs));
        return write || home ? Optional.empty() : Optional.of("Not posted: this conversation may post only "
                + where() + "; posting anywhere else needs the " + WRITE + " scope.");
    }

    /** Why this run may not read that thread, or empty when it may. */
    Optional<String> refusesRead(String channel, String threadTs) {
        boolean home = place != null && place.isThread() && place.channel().equals(channel)
                && place.threadTs().equals(threadTs);
        return read || home ? Optional.empty() : Optional.of("Not read: this conversation may read only its own "
                + "thread; other threads need the " + READ + " scope.");
    }

    /** Why this run may not list channels or look up users, or empty when it may. */
    Optional<String> refusesWorkspace() {
        return read ? Optional.empty() : Optional.of("Listing channels and looking up users need the " + READ
                + " scope.");
    }

    private String where() {
        return place.isThread() ? "in its own thread (channel " + place.channel() + ", thread_ts "
                + place.threadTs() + ")" : "in its report's channel " + place.channel();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
