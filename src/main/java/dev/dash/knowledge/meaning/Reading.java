package dev.dash.knowledge.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question read into the concepts the knowledge defines: each named phrase with its possible meanings, the grain each
 * named metric is a figure per, whether it names a period ("in 2024", "last quarter") and how many by the calendar
 * ("2024", "March"), whether it asks for now ("right now") or for one figure ("how many", "total"), breakdowns the
 * knowledge has no word for ("by gender"), the words no phrase covered, and qualifiers among them: names
 * ("Germany"), another statistic ("median"), the future ("forecast"), an exclusion ("excluding"), which only a query
 * using the same word answers; the units of the periods it names, values of two kinds of thing it leaves unsettled
 * ("enterprise"), metrics another it names takes in ("lost MRR" beside churn), and the kind of row it asks to be listed
 * one by one ("which invoices"; "" if none) or a ranking counts when no metric named counts it ("the most customers"
 * beside MRR; "" if none), the thing a count asks for that no metric named counts ("how many songs": songs; "" if
 * none), and which end of its metrics its superlatives ask for.
 */
public record Reading(List<List<Concept>> named, Map<String, String> units, boolean period, int calendar,
        boolean present, boolean total, List<String> unknownBreakdowns,
        List<String> unread, List<String> qualifiers, Period periodNamed, List<String> ambiguous,
        Set<String> absorbed, String rowsAsked, String countedRows, String countAsked, Ranking.End rankedEnd) {

    /**
     * The units of the periods named ("last week": week; "Q4 2025": quarter, year), whether one counts back, and the
     * counts of units named ("past 2 years": 2).
     */
    public record Period(Set<String> units, boolean relative, Set<String> counts) {
    }

    private static final Set<String> AVERAGE = English.get().average;
    private static final Set<String> QUANTILES = English.get().quantiles;

    /** A grain that any time grain satisfies ("trend", "over time"). */
    public static final String ANY_GRAIN = "any";

    /** Every concept the question may mean, alternatives flattened. */
    List<Concept> asked() {
        return named.stream().flatMap(List::stream).toList();
    }

    /** Whether the question names anything the data defines. */
    public boolean asksForData() {
        return asked().stream()
                .anyMatch(c -> c.kind() == Concept.Kind.METRIC || c.kind() == Concept.Kind.DIMENSION
                        || c.kind() == Concept.Kind.VALUE);
    }

    /** What the question asks for that the signature does not give; empty when the query answers all of it. */
    public List<String> unmetBy(Signature signature) {
        List<String> unmet = new ArrayList<>();
        List<Concept> asked = asked();
        for (List<Concept> alternatives : named) {
            if (alternatives.stream().allMatch(c -> c.kind() == Concept.Kind.METRIC && absorbed.contains(c.name()))) {
                continue;
            }
            if (alternatives.stream().noneMatch(signature::gives) && !isUnit(alternatives, signature)
                    && !givenUnderFilter(alternatives, signature, asked)) {
                unmet.add(alternatives.stream().map(Concept::key).distinct().collect(Collectors.joining("|")));
            }
        }
        if (period && signature.grains().isEmpty() && !signature.period()) {
            unmet.add("period");
        }
        if (calendar > 0 && signature.period()) {
            unmet.add("a calendar period, not the query's recent window");
        }
        // One month or year asked for is not answered by the whole series: its first row would head the answer.
        if (calendar == 1 && !signature.grains().isEmpty()
                && asked.stream().noneMatch(c -> c.kind() == Concept.Kind.GRAIN)) {
            unmet.add("one calendar period, not the series");
        }
        // One figure asked for is not answered by a month-by-month table: a question naming no breakdown at all, or a
        // total over a period ("how many churned in Q3").
        List<String> fine = signature.grains().stream().filter(g -> !g.equals("year")).toList();
        if (!fine.isEmpty() && asked.stream().noneMatch(c -> c.kind() == Concept.Kind.GRAIN)
                && (period ? total : asked.stream().noneMatch(c -> c.kind() == Concept.Kind.DIMENSION))) {
            unmet.add("a total, not per " + String.join("/", fine));
        }
        if (present && !signature.grains().isEmpty() && asked.stream().noneMatch(c -> c.kind() == Concept.Kind.GRAIN
                && c.name().equals(ANY_GRAIN))) {
            unmet.add("now, not a series");
        }
        boolean oneFigure = total || unread.stream().anyMatch(AVERAGE::contains);
        // "Which customers spent the most overall" asks for the rows, not one figure over them.
        if (signature.perCustomer() && oneFigure && rowsAsked.isEmpty() && asked.stream()
                .noneMatch(c -> c.kind() == Concept.Kind.DIMENSION && signature.dimensions().contains(c.name()))) {
            unmet.add("one figure over the list");
        }
        // Medians of each group do not give the median of all: one asked for overall needs a query that computes it.
        if (qualifiers.stream().anyMatch(QUANTILES::contains) && unaskedDimensions(signature, asked) > 0) {
            unmet.add("an overall quantile, not one per group");
        }
        unmet.addAll(Explanations.unmet(this, signature));
        unknownBreakdowns.forEach(w -> unmet.add("by " + w));
        qualifiers.stream().filter(q -> !signature.words().contains(q)
                && (!AVERAGE.contains(q) || signature.words().stream().noneMatch(AVERAGE::contains)))
                .forEach(q -> unmet.add("asks " + q));
        if (!signature.keyMetrics().isEmpty() && !comparesValuesOf(asked, signature) && asked.stream()
                .noneMatch(c -> c.kind() == Concept.Kind.METRIC && signature.isKey(c.name())
                        || c.kind() == Concept.Kind.DIMENSION && signature.keyDimensions().contains(c.name()))) {
            unmet.add("one of " + signature.keyMetrics());
        }
        return unmet;
    }

    /**
     * Whether a grain named is the unit of a metric the query gives as one figure per group: "monthly churn rate by
     * plan", "average revenue per account per month" (vocabulary {@code "per": "month"}), or of a figure asked for as
     * it stands now ("how much do we bring in each month right now": no series).
     */
    private boolean isUnit(List<Concept> alternatives, Signature signature) {
        return signature.grains().isEmpty() && alternatives.stream().allMatch(c -> c.kind() == Concept.Kind.GRAIN)
                && (present || units.entrySet().stream().anyMatch(u -> signature.metrics().contains(u.getKey())
                        && alternatives.stream().anyMatch(c -> c.name().equals(u.getValue()))));
    }

    /**
     * Whether a metric is given under a filter the question names: "urgent tickets" from a query that counts recent
     * high and critical tickets per customer, though it gives no ticket counts in general.
     */
    private static boolean givenUnderFilter(List<Concept> alternatives, Signature signature, List<Concept> asked) {
        boolean filterNamed = asked.stream()
                .anyMatch(c -> c.kind() == Concept.Kind.VALUE && signature.filters().contains(c.key()));
        return filterNamed && alternatives.stream().anyMatch(c -> c.kind() == Concept.Kind.METRIC && signature.metrics()
                .stream().anyMatch(m -> !m.equals(c.name()) && List.of(m.split("_")).contains(c.name())));
    }

    /**
     * Whether the question names no metric but sets two values of one of the query's dimensions side by side ("annual
     * billing compared with monthly billing"): it asks for that breakdown, whatever the query measures.
     */
    private static boolean comparesValuesOf(List<Concept> asked, Signature signature) {
        if (asked.stream().anyMatch(c -> c.kind() == Concept.Kind.METRIC)) {
            return false;
        }
        return asked.stream()
                .filter(c -> c.kind() == Concept.Kind.VALUE && signature.dimensions().contains(c.dimension()))
                .collect(Collectors.groupingBy(Concept::dimension, Collectors.toSet())).values().stream()
                .anyMatch(values -> values.size() > 1);
    }

    /** Share of the query's key metrics the question names: "churn by tier" fits churn by plan better than risk. */
    public double keyFit(Signature signature) {
        if (signature.keyMetrics().isEmpty()) {
            return 0;
        }
        List<Concept> asked = asked();
        long named = signature.keyMetrics().stream().filter(k -> asked.stream()
                .anyMatch(c -> c.kind() == Concept.Kind.METRIC && c.name().equals(k))).count();
        return (double) named / signature.keyMetrics().size();
    }

    /** Breakdowns the query gives that the question did not ask for ("MRR by plan, monthly" for "MRR trend"). */
    public long extraBreakdowns(Signature signature) {
        List<Concept> asked = asked();
        boolean askedTime = period || asked.stream().anyMatch(c -> c.kind() == Concept.Kind.GRAIN);
        return unaskedDimensions(signature, asked) + Math.max(0, signature.grains().size() - (askedTime ? 1 : 0));
    }

    /** Dimensions the query breaks down by that the question names neither as such nor by a value. */
    static long unaskedDimensions(Signature signature, List<Concept> asked) {
        return unaskedDimensions(signature.dimensions(), signature.inItsNames(asked));
    }

    static long unaskedDimensions(Set<String> dimensions, List<Concept> asked) {
        return dimensions.stream().filter(d -> asked.stream().noneMatch(c ->
                d.equals(c.kind() == Concept.Kind.VALUE ? c.dimension() : c.kind() == Concept.Kind.DIMENSION
                        ? c.name() : null))).count();
    }

    /** Whether two texts are the same words (case, punctuation and plurals aside). */
    public static boolean sameWords(String a, String b) {
        return Words.of(a).equals(Words.of(b));
    }

    @Override
    public String toString() {
        return named.stream().map(a -> a.stream().map(c -> c.kind().name().toLowerCase() + ":" + c.key())
                .collect(Collectors.joining("|"))).collect(Collectors.joining(", "))
                + (period ? ", period" : "") + (unknownBreakdowns.isEmpty() ? "" : ", unknown " + unknownBreakdowns)
                + (qualifiers.isEmpty() ? "" : ", qualified " + qualifiers);
    }
}
