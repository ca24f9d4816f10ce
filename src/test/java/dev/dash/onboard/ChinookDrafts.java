package dev.dash.onboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.TableFile;
import java.io.IOException;
import java.nio.file.Path;

/** Reads what connect drafted into a knowledge folder, as the loader's formats. */
final class ChinookDrafts {

    private ChinookDrafts() {
    }

    static TableFile table(ObjectMapper json, Path dir, String table) throws IOException {
        return json.readValue(dir.resolve("tables/" + table + ".json").toFile(), TableFile.class);
    }

    static TableFile.Column column(TableFile table, String name) {
        return table.table_columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static VocabularyDraft vocabulary(ObjectMapper json, Path dir) throws IOException {
        return json.readValue(dir.resolve("business/vocabulary.json").toFile(), VocabularyDraft.class);
    }
}
