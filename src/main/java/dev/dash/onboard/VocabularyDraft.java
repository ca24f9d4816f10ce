package dev.dash.onboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A drafted business/vocabulary.json: the vocabulary format of the business files, with the draft marker first. A
 * metric's {@code unit} is connect's guess, for the reviewer; answers take money from the table files' column
 * descriptions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"draft", "vocabulary"})
public record VocabularyDraft(String draft, List<Term> vocabulary) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"term", "kind", "dimension", "unit", "higher_is", "synonyms", "implied_by"})
    public record Term(String term, String kind, String dimension, String unit, String higher_is,
            List<String> synonyms, List<String> implied_by) {

        public Term(String term, String kind, String dimension, String unit, List<String> synonyms) {
            this(term, kind, dimension, unit, null, synonyms, null);
        }
    }
}
