package dev.dash.agent;

import dev.dash.agent.tools.LeaderTools;
import dev.dash.agent.tools.SlackToolbox;
import dev.dash.model.ResilientModel;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/**
 * Talks to the user: greets, explains, splits and delegates questions, and puts the members' answers together. In
 * Slack and reports it also has the Slack tools its run may use ({@link SlackToolbox}).
 */
@RegisterAiService(tools = LeaderTools.class, toolProviderSupplier = SlackToolbox.class,
        retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class,
        streamingChatLanguageModelSupplier = ResilientModel.class)
@SystemMessage(fromResource = "prompts/leader-system.txt")
public interface LeaderAgent {

    @UserMessage(fromResource = "prompts/leader-user.txt")
    Multi<String> answer(@MemoryId String memoryId, String question, String history, String today, boolean mayBuild);
}
