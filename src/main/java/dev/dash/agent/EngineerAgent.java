package dev.dash.agent;

import dev.dash.agent.tools.EngineerTools;
import dev.dash.agent.tools.SchemaTools;
import dev.dash.agent.tools.ThinkTool;
import dev.dash.model.ResilientModel;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/** Builds views and summary tables in its schema (dash.data.engineer-schema) and records them as knowledge. */
@RegisterAiService(tools = {EngineerTools.class, SchemaTools.class, ThinkTool.class},
        retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class,
        streamingChatLanguageModelSupplier = ResilientModel.class)
@SystemMessage(fromResource = "prompts/engineer-system.txt")
public interface EngineerAgent {

    @UserMessage(fromResource = "prompts/member-user.txt")
    /** {@code schema}: the Engineer's schema, which the system message names. */
    Multi<String> answer(@MemoryId String memoryId, String task, String context, String history, String today,
            String dataRange, String schema);
}
