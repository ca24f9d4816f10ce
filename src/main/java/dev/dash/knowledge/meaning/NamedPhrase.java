package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase of a question read as concepts: where it stands (words start to end), whether it only implies its metric
 * ("brings in" is MRR unless the question names what is brought in), and the data's values the vocabulary gave
 * another meaning ("monthly" is a grain, and a billing cycle).
 */
record NamedPhrase(List<Concept> concepts, int start, int end, boolean implied, List<Concept> shadowedValues) {

    NamedPhrase {
        concepts = List.copyOf(concepts);
        shadowedValues = List.copyOf(shadowedValues);
    }

    NamedPhrase as(List<Concept> meaning) {
        return new NamedPhrase(meaning, start, end, false, List.of());
    }

    /** The phrase with one more meaning it may have. */
    NamedPhrase with(Concept alternative) {
        List<Concept> meanings = new ArrayList<>(concepts);
        meanings.add(alternative);
        return new NamedPhrase(meanings, start, end, implied, shadowedValues);
    }

    boolean names(Concept.Kind kind, String name) {
        return concepts.stream().anyMatch(c -> c.kind() == kind && c.name().equals(name));
    }

    boolean namesMetric() {
        return concepts.stream().anyMatch(c -> c.kind() == Concept.Kind.METRIC);
    }
}
