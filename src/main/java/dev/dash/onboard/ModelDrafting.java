package dev.dash.onboard;

import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import dev.dash.model.ModelConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's part of connect, when a model is configured and connect may ask it: descriptions where the catalog has
 * none ({@link ModelDescriptions}), business terms as synonyms of drafted terms ({@link Synonyms}), and a few queries
 * that ran as the Analyst ({@link QueryCheck}). Without it, the drafts are the schema's and the data's alone.
 */
@ApplicationScoped
public class ModelDrafting {

    private final ModelConfig model;
    private final DraftingModel drafting;
    private final QueryCheck check;

    public ModelDrafting(ModelConfig model, DraftingModel drafting, QueryCheck check) {
        this.model = model;
        this.drafting = drafting;
        this.check = check;
    }

    /** The drafts to write: tables (as profiles), vocabulary and queries, and what the model did. */
    record Drafts(List<TableProfile> profiles, VocabularyDraft vocabulary, List<ParsedQuery> queries,
            ModelReport report) {
    }

    Drafts complete(List<TableProfile> profiles, TableNames names, VocabularyDraft vocabulary,
            List<ParsedQuery> written, boolean ask) {
        if (!ask || !model.online()) {
            return new Drafts(profiles, vocabulary, List.of(),
                    ModelReport.without(ask ? ModelReport.NO_MODEL : ModelReport.NOT_ASKED));
        }
        ModelDrafts proposed = drafting.ask(profiles, names, vocabulary, written);
        List<String> drafted = new ArrayList<>();
        List<String> dropped = new ArrayList<>(proposed.unreadable());
        List<TableProfile> described = ModelDescriptions.apply(profiles, names, proposed, drafted, dropped);
        VocabularyDraft withSynonyms = Synonyms.apply(vocabulary, proposed.synonyms(), drafted, dropped);
        List<ParsedQuery> queries = check.keep(proposed.queries(), written, drafted, dropped);
        String summary = "The model (" + model.name() + ") drafted " + drafted.size() + " descriptions, synonyms and "
                + "queries; " + dropped.size() + " of its proposals were dropped.";
        return new Drafts(described, withSynonyms, queries, new ModelReport(summary, drafted, dropped));
    }
}
