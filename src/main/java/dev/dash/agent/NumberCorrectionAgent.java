package dev.dash.agent;

import dev.dash.model.ResilientModel;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/** The Analyst's one more turn: the answer rewritten so each figure is one its queries gave (no tools). */
@RegisterAiService(retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class,
        streamingChatLanguageModelSupplier = ResilientModel.class)
public interface NumberCorrectionAgent {

    @UserMessage(fromResource = "prompts/number-correction.txt")
    Multi<String> correct(@MemoryId String memoryId, String question, String answer, String unverified,
            String results);
}
