package dev.dash.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The fields of an Events API callback that decide whether and where Dash answers. */
public record SlackEvent(String eventId, String type, String channel, String channelType, String user, String botId,
        String subtype, String text, String ts, String threadTs, Set<String> botUsers) {

    /** What a message is to Dash. */
    public enum Kind {
        DIRECT, MENTION, THREAD_REPLY, IGNORED
    }

    private static final Pattern MENTION = Pattern.compile("<@[^>]+>");

    public static SlackEvent of(JsonNode payload) {
        JsonNode e = payload.path("event");
        Set<String> bots = new HashSet<>();
        payload.path("authorizations").forEach(a -> {
            if (a.path("is_bot").asBoolean(false) && a.hasNonNull("user_id")) {
                bots.add(a.get("user_id").asText());
            }
        });
        return new SlackEvent(text(payload, "event_id"), text(e, "type"), text(e, "channel"), text(e, "channel_type"),
                text(e, "user"), text(e, "bot_id"), text(e, "subtype"), text(e, "text"), text(e, "ts"),
                text(e, "thread_ts"), Set.copyOf(bots));
    }

    /** A person wrote it: not a bot (Dash itself included), not an edit, deletion or join notice. */
    public boolean fromPerson() {
        return user != null && botId == null && (subtype == null || "file_share".equals(subtype))
                && !botUsers.contains(user);
    }

    public Kind kind() {
        if (!fromPerson() || channel == null || ts == null) {
            return Kind.IGNORED;
        }
        if ("app_mention".equals(type)) {
            return Kind.MENTION;
        }
        if (!"message".equals(type)) {
            return Kind.IGNORED;
        }
        if ("im".equals(channelType)) {
            return Kind.DIRECT;
        }
        // A reply that mentions Dash also arrives as app_mention: answered once, there.
        boolean inThread = threadTs != null && !threadTs.equals(ts);
        return inThread && !mentionsBot() ? Kind.THREAD_REPLY : Kind.IGNORED;
    }

    /** The thread this message belongs to, or starts. */
    public String thread() {
        return threadTs == null ? ts : threadTs;
    }

    /** One Slack thread is one Dash session. */
    public String sessionId() {
        return channel + ":" + thread();
    }

    /** The text without user mentions. */
    public String question() {
        return text == null ? "" : MENTION.matcher(text).replaceAll("").strip();
    }

    private boolean mentionsBot() {
        return text != null && botUsers.stream().anyMatch(id -> text.contains("<@" + id));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
