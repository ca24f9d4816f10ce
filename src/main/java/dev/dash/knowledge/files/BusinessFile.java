package dev.dash.knowledge.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** knowledge/business/*.json, in upstream Dash's format. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BusinessFile(List<Metric> metrics, List<String> business_rules, List<Gotcha> common_gotchas) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(String name, String definition, String table, String calculation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gotcha(String issue, List<String> tables_affected, String solution) {
    }
}
