package dev.dash.onboard;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dash.knowledge.files.TableFile;
import java.util.List;

/**
 * A drafted tables/*.json file: upstream Dash's table format, with the draft marker first ({@code draft}, which the
 * loader ignores).
 */
@JsonPropertyOrder({"draft", "table_name", "table_description", "use_cases", "data_quality_notes", "table_columns"})
public record TableDraft(String draft, String table_name, String table_description, List<String> use_cases,
        List<String> data_quality_notes, List<TableFile.Column> table_columns) {
}
