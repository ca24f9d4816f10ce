package dev.dash.agent;

import dev.dash.model.ResilientModel;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/** One short call: which of a few validated queries answers the question, by number, or none. */
@RegisterAiService(retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class,
        streamingChatLanguageModelSupplier = ResilientModel.class)
@SystemMessage(fromResource = "prompts/pick-query-system.txt")
public interface QueryPickerAgent {

    @UserMessage(fromResource = "prompts/pick-query-user.txt")
    Multi<String> pick(@MemoryId String memoryId, String question, String options);
}
