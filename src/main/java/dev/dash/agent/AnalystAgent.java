package dev.dash.agent;

import dev.dash.agent.tools.AnalystTools;
import dev.dash.agent.tools.SchemaTools;
import dev.dash.agent.tools.ThinkTool;
import dev.dash.model.ResilientModel;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/** Answers data questions with read-only SQL; learns from its errors. */
@RegisterAiService(tools = {AnalystTools.class, SchemaTools.class, ThinkTool.class},
        retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class,
        streamingChatLanguageModelSupplier = ResilientModel.class)
@SystemMessage(fromResource = "prompts/analyst-system.txt")
public interface AnalystAgent {

    @UserMessage(fromResource = "prompts/member-user.txt")
    /** {@code schema}: the Engineer's schema, which the system message names. */
    Multi<String> answer(@MemoryId String memoryId, String task, String context, String history, String today,
            String dataRange, String schema);
}
