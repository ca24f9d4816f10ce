package dev.dash.knowledge.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * knowledge/business/*.json, in upstream Dash's format, plus our optional {@code vocabulary}: the business's words
 * for the metrics, dimensions, values and grains the knowledge defines, and {@code ambiguous_terms}: words the
 * business uses in more than one way, which Dash asks about instead of guessing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record BusinessFile(List<Metric> metrics, List<String> business_rules, List<Gotcha> common_gotchas,
        List<Term> vocabulary, List<AmbiguousTerm> ambiguous_terms) {

    /**
     * A term (metric, dimension, value or grain) and the words people use for it; a value may name its dimension, and a
     * metric the grain it is a figure per ({@code "per": "month"}: "ARPA per month" is ARPA, not a monthly series),
     * words that imply it only when a question names no other metric ({@code implied_by}: "brings in"), and the two
     * terms it is a ratio of ({@code ratio_of}: ARPA is MRR per customer, so "MRR per account" is ARPA), and the metric
     * it predicts ({@code predicts}: at risk predicts churn, so "likely to cancel" asks who is at risk), the metrics it
     * takes in when named beside them ({@code absorbs}: churn takes in MRR, so "lost MRR" is churn, not revenue), and
     * whether a dimension lists one row per entity ({@code one_row_each}: a customer list shows its other columns as
     * attributes, not breakdowns), and the rows a count metric counts ({@code counts}: churn counts customers, so
     * "loses the most customers" ranks by churn, while "brings in the most customers" is no ranking by MRR), and
     * whether more of a metric is good ({@code higher_is}: "better" or "worse": the worst plan has the most churn).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Term(String term, String kind, String dimension, String per, List<String> synonyms,
            List<String> implied_by, List<String> ratio_of, String predicts, List<String> absorbs,
            Boolean one_row_each, String counts, String higher_is) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Metric(String name, String definition, String table, String calculation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Gotcha(String issue, List<String> tables_affected, String solution) {
    }

    /**
     * A word with several meanings ("revenue": MRR, invoiced or collected), the short question that asks which one, and
     * the phrases that settle it inside a question ({@code settled_by}: "recurring revenue" needs no question).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record AmbiguousTerm(String term, String question, List<String> settled_by, List<Option> options) {
    }

    /**
     * One meaning of an ambiguous term: its {@code id} and {@code label} (what the user picks), what it {@code means}
     * (metric, table, calculation or validated query, for the model), and the {@code phrase} that replaces the term in
     * the question once chosen ("collected revenue").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Option(String id, String label, String means, String phrase) {
    }
}
