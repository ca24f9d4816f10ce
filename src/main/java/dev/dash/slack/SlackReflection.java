package dev.dash.slack;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The Slack SDK reads responses with Gson, by reflection: the responses and models Dash uses are registered for the
 * native image (not yet verified in a native build).
 */
@RegisterForReflection(targets = {
        com.slack.api.methods.response.auth.AuthTestResponse.class,
        com.slack.api.methods.response.chat.ChatPostMessageResponse.class,
        com.slack.api.methods.response.chat.ChatUpdateResponse.class,
        com.slack.api.methods.response.conversations.ConversationsListResponse.class,
        com.slack.api.methods.response.conversations.ConversationsRepliesResponse.class,
        com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse.class,
        com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse.class,
        com.slack.api.methods.response.files.FilesUploadV2Response.class,
        com.slack.api.methods.response.users.UsersInfoResponse.class,
        com.slack.api.model.Message.class,
        com.slack.api.model.Conversation.class,
        com.slack.api.model.User.class,
        com.slack.api.model.User.Profile.class,
        com.slack.api.model.File.class,
        com.slack.api.model.ResponseMetadata.class})
final class SlackReflection {

    private SlackReflection() {
    }
}
