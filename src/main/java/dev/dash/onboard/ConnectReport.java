package dev.dash.onboard;

import java.util.List;
import java.util.Map;

/**
 * What one connect run did: the schemas and tables it read, each draft file's outcome (by its path in the knowledge
 * folder), tables it did not draft because another file already describes them (table → that file), and what the
 * model added.
 */
public record ConnectReport(List<String> schemas, int tables, Map<String, DraftFiles.Outcome> files,
        Map<String, String> describedElsewhere, ModelReport model) {

    public List<String> files(DraftFiles.Outcome outcome) {
        return files.entrySet().stream().filter(e -> e.getValue() == outcome).map(Map.Entry::getKey).toList();
    }
}
