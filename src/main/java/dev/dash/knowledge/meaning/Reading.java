package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A question read into the concepts the knowledge defines: each named phrase with its possible meanings, whether
 * it names a period ("in 2024", "last quarter"), breakdowns the knowledge has no word for ("by gender"), and the
 * words no phrase covered.
 */
public record Reading(List<List<Concept>> named, boolean period, List<String> unknownBreakdowns, List<String> unread) {

    /** A grain that any time grain satisfies ("trend", "over time"). */
    public static final String ANY_GRAIN = "any";

    /** Whether the question names anything the data defines. */
    public boolean asksForData() {
        return named.stream().flatMap(List::stream)
                .anyMatch(c -> c.kind() == Concept.Kind.METRIC || c.kind() == Concept.Kind.DIMENSION
                        || c.kind() == Concept.Kind.VALUE);
    }

    /** What the question asks for that the signature does not give; empty when the query answers all of it. */
    public List<String> unmetBy(Signature signature) {
        List<String> unmet = new ArrayList<>();
        boolean churn = named.stream().flatMap(List::stream)
                .anyMatch(c -> c.kind() == Concept.Kind.METRIC && c.name().equals("churn"));
        for (List<Concept> alternatives : named) {
            if (churn && alternatives.stream().allMatch(c -> c.kind() == Concept.Kind.METRIC
                    && Signatures.MONEY_METRICS.contains(c.name()))) {
                continue;
            }
            if (alternatives.stream().noneMatch(signature::gives)) {
                unmet.add(alternatives.stream().map(Concept::key).distinct().collect(Collectors.joining("|")));
            }
        }
        if (period && signature.grains().isEmpty() && !signature.period()) {
            unmet.add("period");
        }
        // A total asked for is not answered by a month-by-month table: the question names a grain, a trend or a period.
        List<String> fine = signature.grains().stream().filter(g -> !g.equals("year")).toList();
        if (!fine.isEmpty() && !period && named.stream().flatMap(List::stream)
                .noneMatch(c -> c.kind() == Concept.Kind.GRAIN)) {
            unmet.add("a total, not per " + String.join("/", fine));
        }
        unknownBreakdowns.forEach(w -> unmet.add("by " + w));
        if (!signature.keyMetrics().isEmpty() && named.stream().flatMap(List::stream)
                .noneMatch(c -> c.kind() == Concept.Kind.METRIC && signature.keyMetrics().contains(c.name()))) {
            unmet.add("one of " + signature.keyMetrics());
        }
        return unmet;
    }

    /** Share of the query's key metrics the question names: "churn by tier" fits churn by plan better than risk. */
    public double keyFit(Signature signature) {
        if (signature.keyMetrics().isEmpty()) {
            return 0;
        }
        long named = signature.keyMetrics().stream().filter(k -> this.named.stream().flatMap(List::stream)
                .anyMatch(c -> c.kind() == Concept.Kind.METRIC && c.name().equals(k))).count();
        return (double) named / signature.keyMetrics().size();
    }

    /** Dimensions and grains the question names, to tell a query that gives more than asked. */
    public long breakdownsNamed() {
        return named.stream().filter(a -> a.stream().anyMatch(c -> c.kind() == Concept.Kind.DIMENSION
                || c.kind() == Concept.Kind.GRAIN || c.kind() == Concept.Kind.VALUE)).count();
    }

    /** Whether two texts are the same words (case, punctuation and plurals aside). */
    public static boolean sameWords(String a, String b) {
        return Words.of(a).equals(Words.of(b));
    }

    @Override
    public String toString() {
        return named.stream().map(a -> a.stream().map(c -> c.kind().name().toLowerCase() + ":" + c.key())
                .collect(Collectors.joining("|"))).collect(Collectors.joining(", "))
                + (period ? ", period" : "") + (unknownBreakdowns.isEmpty() ? "" : ", unknown " + unknownBreakdowns);
    }
}
