package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.List;

/**
 * How phrases named in one question change each other's meaning: values set side by side, a ratio written out
 * ("MRR per account" is ARPA), a ratio's parts named beside it, a prediction ("likely to cancel" is at risk), and
 * verbs that only imply a metric.
 */
final class PhrasesTogether {

    private PhrasesTogether() {
    }

    /** The phrases' meanings once read together. */
    static List<List<Concept>> resolve(List<NamedPhrase> found, List<String> words, MetricRelations relations) {
        List<NamedPhrase> phrases = new ArrayList<>(found);
        comparedValues(phrases);
        relations.ratios().forEach((term, parts) -> writtenOut(phrases, words, term, parts.get(0), parts.get(1)));
        relations.ratios().forEach((term, parts) -> partsBeside(phrases, term, parts));
        relations.predictions().forEach((term, predicted) -> predicted(phrases, words, term, predicted));
        boolean metricNamed = phrases.stream().anyMatch(p -> !p.implied() && p.namesMetric());
        return phrases.stream().filter(p -> !(p.implied() && metricNamed)).map(NamedPhrase::concepts).toList();
    }

    /**
     * A word the vocabulary reads otherwise is the data's value where the question names another value of its
     * dimension: "annual or monthly" compares billing cycles, though "monthly" alone is a grain.
     */
    private static void comparedValues(List<NamedPhrase> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            List<Concept> compared = phrases.get(i).shadowedValues().stream().filter(v -> phrases.stream()
                    .flatMap(p -> p.concepts().stream())
                    .anyMatch(c -> c.kind() == Concept.Kind.VALUE && c.dimension().equals(v.dimension())
                            && !c.equals(v))).toList();
            if (!compared.isEmpty()) {
                phrases.set(i, phrases.get(i).as(compared));
            }
        }
    }

    /**
     * "MRR per account", "pay more per customer": the numerator, then "per" and the denominator, name the ratio; so do
     * the two anywhere in a question asking for an average ("on average, how much MRR does each customer bring in").
     */
    private static void writtenOut(List<NamedPhrase> phrases, List<String> words, String term, String numerator,
            String denominator) {
        for (int n = 0; n < phrases.size(); n++) {
            if (!phrases.get(n).names(Concept.Kind.METRIC, numerator)) {
                continue;
            }
            boolean averaged = words.stream().anyMatch(English.get().average::contains);
            for (int d = averaged ? 0 : n + 1; d < phrases.size(); d++) {
                NamedPhrase per = phrases.get(d);
                int start = per.start();
                boolean afterPer = words.get(start).equals("per") || start > 0 && words.get(start - 1).equals("per");
                if (d != n && (afterPer || averaged) && per.names(Concept.Kind.DIMENSION, denominator)) {
                    phrases.set(n, phrases.get(n).as(List.of(Concept.metric(term))));
                    phrases.remove(d);
                    return;
                }
            }
        }
    }

    /**
     * "likely to cancel", "in danger of leaving": the predicted metric after words that predict it reads as the
     * prediction ("more likely to cancel" still compares churn).
     */
    private static void predicted(List<NamedPhrase> phrases, List<String> words, String term, String predicted) {
        for (int i = 0; i < phrases.size(); i++) {
            NamedPhrase p = phrases.get(i);
            if (p.names(Concept.Kind.METRIC, predicted) && predictedBy(words, p.start())) {
                phrases.set(i, p.as(List.of(Concept.metric(term))));
            }
        }
    }

    private static boolean predictedBy(List<String> words, int start) {
        if (start < 2) {
            return false;
        }
        List<String> before = words.subList(start - 2, start);
        return before.getLast().equals("to") && PhraseRoles.predictiveLikely(words, start - 2)
                || English.get().predicting.contains(before);
    }

    /** "Active users versus seats" beside seat utilisation: a part named with its ratio is met by the ratio. */
    private static void partsBeside(List<NamedPhrase> phrases, String term, List<String> parts) {
        if (phrases.stream().noneMatch(p -> p.names(Concept.Kind.METRIC, term))) {
            return;
        }
        for (int i = 0; i < phrases.size(); i++) {
            NamedPhrase p = phrases.get(i);
            if (!p.names(Concept.Kind.METRIC, term)
                    && parts.stream().anyMatch(part -> p.names(Concept.Kind.METRIC, part))) {
                phrases.set(i, p.with(Concept.metric(term)));
            }
        }
    }
}
