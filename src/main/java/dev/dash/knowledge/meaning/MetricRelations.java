package dev.dash.knowledge.meaning;

import dev.dash.knowledge.files.BusinessFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the vocabulary says about its metrics beyond their words: the grain each is a figure per ("per": churn is
 * monthly), the two terms a ratio divides ("ratio_of": ARPA is MRR per customer), the metric each predicts
 * ("predicts": at risk predicts churn, so "likely to cancel" is at risk), the metrics each takes in when named beside
 * them ("absorbs": lost MRR is churn), the dimension that lists one row per entity ("one_row_each"; "" if none), and
 * the rows each count metric counts ("counts": churn and signups count customers), and whether more of a metric is
 * better ("higher_is": true for MRR, false for churn; absent when neither).
 */
public record MetricRelations(Map<String, String> units, Map<String, List<String>> ratios,
        Map<String, String> predictions, Map<String, Set<String>> absorbs, String rowDimension,
        Map<String, String> counts, Map<String, Boolean> higherIsBetter) {

    public MetricRelations {
        units = Map.copyOf(units);
        ratios = Map.copyOf(ratios);
        predictions = Map.copyOf(predictions);
        absorbs = Map.copyOf(absorbs);
        counts = Map.copyOf(counts);
        higherIsBetter = Map.copyOf(higherIsBetter);
    }

    /** The relations the business files' terms state. */
    static MetricRelations of(List<BusinessFile> business) {
        Map<String, String> units = new HashMap<>();
        Map<String, List<String>> ratios = new HashMap<>();
        Map<String, String> predictions = new HashMap<>();
        Map<String, Set<String>> absorbs = new HashMap<>();
        String rowDimension = "";
        Map<String, String> counts = new HashMap<>();
        Map<String, Boolean> higherIsBetter = new HashMap<>();
        for (BusinessFile file : business) {
            for (BusinessFile.Term term : file.vocabulary() == null ? List.<BusinessFile.Term>of()
                    : file.vocabulary()) {
                String name = normalised(term.term());
                if (term.per() != null) {
                    units.put(name, normalised(term.per()));
                }
                if (term.predicts() != null) {
                    predictions.put(name, normalised(term.predicts()));
                }
                if (term.absorbs() != null) {
                    absorbs.put(name, term.absorbs().stream().map(MetricRelations::normalised)
                            .collect(Collectors.toSet()));
                }
                if (term.higher_is() != null) {
                    higherIsBetter.put(name, switch (normalised(term.higher_is())) {
                        case "better" -> true;
                        case "worse" -> false;
                        default -> throw new IllegalArgumentException(
                                "higher_is of " + name + " must be better or worse: " + term.higher_is());
                    });
                }
                if (term.counts() != null) {
                    counts.put(name, Words.of(term.counts()).getLast());
                }
                if (Boolean.TRUE.equals(term.one_row_each())) {
                    rowDimension = name;
                }
                if (term.ratio_of() != null && term.ratio_of().size() == 2) {
                    ratios.put(name, term.ratio_of().stream().map(MetricRelations::normalised).toList());
                }
            }
        }
        return new MetricRelations(units, ratios, predictions, absorbs, rowDimension, counts, higherIsBetter);
    }

    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The concepts without the metrics another metric among them takes in ("lost MRR" beside churn is churn). */
    public List<Concept> withoutAbsorbed(List<Concept> concepts) {
        Set<String> absorbed = absorbedBy(concepts);
        return concepts.stream().filter(c -> c.kind() != Concept.Kind.METRIC || !absorbed.contains(c.name())).toList();
    }

    /** The metrics the metrics among these concepts take in. */
    public Set<String> absorbedBy(List<Concept> concepts) {
        return concepts.stream().filter(c -> c.kind() == Concept.Kind.METRIC)
                .flatMap(c -> absorbs.getOrDefault(c.name(), Set.of()).stream()).collect(Collectors.toSet());
    }
}
