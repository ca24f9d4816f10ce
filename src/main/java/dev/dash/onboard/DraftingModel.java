package dev.dash.onboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import io.quarkiverse.langchain4j.ChatMemoryRemover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Asks the model for what the schema and data cannot say: one request per batch of tables
 * ({@code dash.onboard.model-batch}) with their summary, the drafted terms and the person's validated queries. A failed
 * call is a note, never fatal: the drafts from the schema and data are written either way.
 */
@ApplicationScoped
public class DraftingModel {

    private final ConnectDraftAgent agent;
    private final OnboardConfig config;
    private final ObjectMapper json;

    public DraftingModel(ConnectDraftAgent agent, OnboardConfig config, ObjectMapper json) {
        this.agent = agent;
        this.config = config;
        this.json = json;
    }

    /** The AI service is request-scoped, and ./dash connect runs outside any request. */
    @ActivateRequestContext
    ModelDrafts ask(List<TableProfile> profiles, TableNames names, VocabularyDraft vocabulary,
            List<ParsedQuery> queries) {
        ModelDrafts drafts = ModelDrafts.empty();
        String terms = SchemaSummary.terms(vocabulary);
        String written = SchemaSummary.queries(queries);
        int batch = Math.max(1, config.modelBatch());
        for (int from = 0; from < profiles.size(); from += batch) {
            String schema = SchemaSummary.tables(profiles.subList(from, Math.min(from + batch, profiles.size())),
                    names);
            String memoryId = "connect-" + UUID.randomUUID();
            try {
                String reply = agent.draft(memoryId, schema, terms, written).collect()
                        .with(Collectors.joining()).await().atMost(config.modelTimeout());
                drafts.add(ModelReply.read(json, reply));
            } catch (RuntimeException e) {
                drafts.unreadable().add("the model call failed: " + e.getMessage());
            } finally {
                ChatMemoryRemover.remove(agent, memoryId);
            }
        }
        return drafts;
    }
}
