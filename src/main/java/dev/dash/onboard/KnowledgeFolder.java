package dev.dash.onboard;

import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.KnowledgeFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge folder connect drafts into: where each draft goes, and what files of other names already say (a
 * table described in another file, terms another business file defines), since the loader refuses two entries of
 * one id.
 */
final class KnowledgeFolder {

    static final String VOCABULARY = "business/vocabulary.json";
    /** The queries the model drafted and the Analyst ran. */
    static final String QUERIES = "queries/drafted.sql";

    private final Path dir;
    private final KnowledgeFiles files;

    KnowledgeFolder(Path dir, KnowledgeFiles files) {
        this.dir = dir;
        this.files = files;
    }

    /** tables/NAME.json, with any character a file name should not hold replaced. */
    static String tableFile(String table) {
        return "tables/" + table.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".json";
    }

    Path resolve(String file) {
        return dir.resolve(file);
    }

    /** Table name → the file that describes it, for table files other than the drafts' own. */
    Map<String, String> tablesDescribedElsewhere() {
        Map<String, String> described = new HashMap<>();
        files.tablesByPath(dir).forEach((path, table) -> {
            if (table.table_name() != null && !path.equals(tableFile(table.table_name()))) {
                described.put(table.table_name(), path);
            }
        });
        return described;
    }

    /** The ids (slugs) of the vocabulary terms that business files other than the draft vocabulary define. */
    Set<String> termsDefinedElsewhere() {
        Set<String> slugs = new HashSet<>();
        files.businessByPath(dir).forEach((path, business) -> {
            if (!path.equals(VOCABULARY) && business.vocabulary() != null) {
                business.vocabulary().forEach(t -> slugs.add(KnowledgeEntry.slug(String.valueOf(t.term()))));
            }
        });
        return slugs;
    }
}
