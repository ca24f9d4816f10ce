package dev.dash.knowledge.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** knowledge/tables/*.json, in upstream Dash's format. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record TableFile(String table_name, String table_description, List<String> use_cases,
        List<String> data_quality_notes, List<Column> table_columns) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Column(String name, String type, String description) {
    }
}
