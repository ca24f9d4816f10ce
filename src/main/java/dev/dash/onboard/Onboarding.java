package dev.dash.onboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.DataConfig;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import dev.dash.knowledge.files.QueryFileText;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts knowledge for the company database: reads the configured schemas as the Analyst, measures each table, and
 * writes a table file per table and a vocabulary into the knowledge folder, leaving every file a person wrote or
 * edited alone ({@link DraftFiles}); with a model, also what only a model can draft ({@link ModelDrafting}):
 * descriptions, business terms and a few validated queries.
 */
@ApplicationScoped
public class Onboarding {

    private final SchemaCatalog catalog;
    private final TableProfiler profiler;
    private final DataConfig data;
    private final OnboardConfig config;
    private final ObjectMapper json;
    private final ModelDrafting model;
    private final KnowledgeFiles files;

    public Onboarding(SchemaCatalog catalog, TableProfiler profiler, DataConfig data, OnboardConfig config,
            ObjectMapper json, ModelDrafting model) {
        this.catalog = catalog;
        this.profiler = profiler;
        this.data = data;
        this.config = config;
        this.json = json;
        this.model = model;
        this.files = new KnowledgeFiles(json);
    }

    /** Drafts from the schema and the data only. */
    public ConnectReport connect(Path dir) {
        return connect(dir, false);
    }

    /** Drafts from the schema and the data, and, when {@code askModel} and a model is configured, with the model. */
    public ConnectReport connect(Path dir, boolean askModel) {
        List<String> schemas = data.analystSchemas();
        TableNames names = new TableNames(schemas);
        KnowledgeFolder folder = new KnowledgeFolder(dir, files);
        Map<String, String> elsewhere = folder.tablesDescribedElsewhere();
        List<TableProfile> measured = catalog.tables(schemas).stream().map(profiler::profile).toList();
        Map<String, Map<String, ColumnRole>> roles = new HashMap<>();
        for (TableProfile profile : measured) {
            Map<String, ColumnRole> columns = new HashMap<>();
            profile.table().columns().forEach(c -> columns.put(c.name(), ColumnRoles.of(profile, c)));
            roles.put(VocabularyWriter.key(profile), columns);
        }
        Map<String, String> skipped = new LinkedHashMap<>();
        measured.stream().map(p -> names.of(p.table())).filter(elsewhere::containsKey)
                .forEach(table -> skipped.put(table, elsewhere.get(table)));
        List<ParsedQuery> written = files.queries(dir);
        ModelDrafting.Drafts drafts = model.complete(
                measured.stream().filter(p -> !skipped.containsKey(names.of(p.table()))).toList(), names,
                new VocabularyWriter(names, folder.termsDefinedElsewhere()).draft(measured, roles, written, json),
                written, askModel);
        Map<String, DraftFiles.Outcome> outcomes = new LinkedHashMap<>();
        TableWriter tables = new TableWriter(names, config.listedValues());
        for (TableProfile profile : drafts.profiles()) {
            String file = KnowledgeFolder.tableFile(names.of(profile.table()));
            TableDraft draft = tables.draft(profile, roles.get(VocabularyWriter.key(profile)));
            outcomes.put(file, DraftFiles.write(folder.resolve(file), JsonText.of(json, draft)));
        }
        outcomes.put(KnowledgeFolder.VOCABULARY, DraftFiles.write(folder.resolve(KnowledgeFolder.VOCABULARY),
                JsonText.of(json, drafts.vocabulary())));
        if (!drafts.queries().isEmpty()) {
            outcomes.put(KnowledgeFolder.QUERIES, DraftFiles.write(folder.resolve(KnowledgeFolder.QUERIES),
                    queryFile(drafts.queries())));
        }
        return new ConnectReport(schemas, measured.size(), outcomes, skipped, drafts.report());
    }

    /** The drafted queries in the format of queries/*.sql, after the draft line. */
    private static String queryFile(List<ParsedQuery> queries) {
        return QueryFileText.DRAFT + DraftFiles.MARKER + "\n\n" + String.join("\n", queries.stream()
                .map(q -> QueryFileText.block(q.name(), q.description(), q.questions(), q.sql())).toList());
    }
}
