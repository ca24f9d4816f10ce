package dev.dash.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Slack's Web API through the official SDK, with the bot token. The one place that calls Slack: every method throws
 * {@link SlackFailure} when Slack says no or cannot be reached, and {@link SlackNotConnected} without a token.
 */
@ApplicationScoped
public class SlackClient {

    private static final int PAGE = 200;

    private final SlackSettings settings;
    private final Slack slack;

    public SlackClient(SlackSettings settings) {
        this.settings = settings;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/");
        config.setPrettyResponseLoggingEnabled(false);
        this.slack = Slack.getInstance(config);
    }

    public boolean connected() {
        return settings.token().isPresent();
    }

    /** Posts a message (in a thread when threadTs is set) and returns its ts. */
    public String post(String channel, String threadTs, String text) {
        return call(m -> m.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(text).mrkdwn(true)
                .unfurlLinks(false))).getTs();
    }

    public void update(String channel, String ts, String text) {
        call(m -> m.chatUpdate(r -> r.channel(channel).ts(ts).text(text)));
    }

    /** Uploads an image into a thread. */
    public void upload(String channel, String threadTs, String filename, String title, byte[] data) {
        try {
            call(m -> m.filesUploadV2(r -> r.channel(channel).threadTs(threadTs).filename(filename).title(title)
                    .fileData(data)));
        } catch (SlackFilesUploadV2Exception e) {
            // Thrown, rather than answered, when a step of the upload fails; its text would carry every response.
            String error = e.getGetURLResponses().stream().map(r -> r.getError()).filter(Objects::nonNull)
                    .findFirst().orElse(e.getCompleteResponse() == null ? "upload failed"
                            : String.valueOf(e.getCompleteResponse().getError()));
            throw new SlackFailure("Slack refused the call: " + error, null);
        }
    }

    public List<Conversation> channels() {
        return call(m -> m.conversationsList(r -> r.types(List.of(ConversationType.PUBLIC_CHANNEL,
                ConversationType.PRIVATE_CHANNEL)).excludeArchived(true).limit(PAGE))).getChannels();
    }

    public List<Message> thread(String channel, String threadTs, int limit) {
        return call(m -> m.conversationsReplies(r -> r.channel(channel).ts(threadTs).limit(limit))).getMessages();
    }

    public User user(String userId) {
        return call(m -> m.usersInfo(r -> r.user(userId))).getUser();
    }

    @PreDestroy
    void close() throws Exception {
        slack.close();
    }

    private <T extends SlackApiTextResponse> T call(SlackCall<T> call) {
        String token = settings.token().orElseThrow(() -> new SlackNotConnected(settings.setupGuide()));
        T response;
        try {
            response = call.on(slack.methods(token));
        } catch (IOException | SlackApiException e) {
            throw new SlackFailure("Slack could not be reached: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new SlackFailure("Slack refused the call: " + response.getError(), null);
        }
        return response;
    }

    @FunctionalInterface
    private interface SlackCall<T> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }
}
