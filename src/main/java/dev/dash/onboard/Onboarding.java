package dev.dash.onboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.DataConfig;
import dev.dash.knowledge.files.KnowledgeFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts knowledge for the company database: reads the configured schemas as the Analyst, measures each table, and
 * writes a table file per table and a vocabulary into the knowledge folder, leaving every file a person wrote or
 * edited alone ({@link DraftFiles}).
 */
@ApplicationScoped
public class Onboarding {

    private final SchemaCatalog catalog;
    private final TableProfiler profiler;
    private final DataConfig data;
    private final OnboardConfig config;
    private final ObjectMapper json;
    private final KnowledgeFiles files;

    public Onboarding(SchemaCatalog catalog, TableProfiler profiler, DataConfig data, OnboardConfig config,
            ObjectMapper json) {
        this.catalog = catalog;
        this.profiler = profiler;
        this.data = data;
        this.config = config;
        this.json = json;
        this.files = new KnowledgeFiles(json);
    }

    public ConnectReport connect(Path dir) {
        List<String> schemas = data.analystSchemas();
        TableNames names = new TableNames(schemas);
        KnowledgeFolder folder = new KnowledgeFolder(dir, files);
        Map<String, String> elsewhere = folder.tablesDescribedElsewhere();
        List<TableProfile> profiles = catalog.tables(schemas).stream().map(profiler::profile).toList();
        Map<String, Map<String, ColumnRole>> roles = new HashMap<>();
        for (TableProfile profile : profiles) {
            Map<String, ColumnRole> columns = new HashMap<>();
            profile.table().columns().forEach(c -> columns.put(c.name(), ColumnRoles.of(profile, c)));
            roles.put(VocabularyWriter.key(profile), columns);
        }
        Map<String, DraftFiles.Outcome> outcomes = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        TableWriter tables = new TableWriter(names, config.listedValues());
        for (TableProfile profile : profiles) {
            String name = names.of(profile.table());
            if (elsewhere.containsKey(name)) {
                skipped.put(name, elsewhere.get(name));
                continue;
            }
            String file = KnowledgeFolder.tableFile(name);
            TableDraft draft = tables.draft(profile, roles.get(VocabularyWriter.key(profile)));
            outcomes.put(file, DraftFiles.write(folder.resolve(file), JsonText.of(json, draft)));
        }
        VocabularyDraft vocabulary = new VocabularyWriter(names, folder.termsDefinedElsewhere())
                .draft(profiles, roles, files.queries(dir), json);
        outcomes.put(KnowledgeFolder.VOCABULARY,
                DraftFiles.write(folder.resolve(KnowledgeFolder.VOCABULARY), JsonText.of(json, vocabulary)));
        return new ConnectReport(schemas, profiles.size(), outcomes, skipped);
    }
}
