package dev.dash.knowledge.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** knowledge/business/*.json, in upstream Dash's format. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record BusinessFile(List<Metric> metrics, List<String> business_rules, List<Gotcha> common_gotchas) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Metric(String name, String definition, String table, String calculation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Gotcha(String issue, List<String> tables_affected, String solution) {
    }
}
