package dev.dash.onboard;

import dev.dash.model.ResilientModel;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/** One short call per batch of tables: descriptions, synonyms and a few queries for connect's drafts, as JSON. */
@RegisterAiService(retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class,
        toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class,
        streamingChatLanguageModelSupplier = ResilientModel.class)
@SystemMessage(fromResource = "prompts/connect-draft-system.txt")
public interface ConnectDraftAgent {

    @UserMessage(fromResource = "prompts/connect-draft-user.txt")
    Multi<String> draft(@MemoryId String memoryId, String schema, String terms, String queries);
}
