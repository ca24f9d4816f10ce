package dev.dash.knowledge.meaning;

import dev.dash.language.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a superlative asks of a query's rows ("which plan brings in the most MRR"): that its first row be the most
 * (or least) of the metric asked. The query's own ORDER BY may give it; else its rows may be sorted on the one
 * column that holds that metric; else the ranking is not given.
 */
record Ranking(boolean given, Optional<RowOrder> resort) {

    /** Which end of its metrics a question's superlatives ask for. */
    enum End { NONE, MOST, LEAST, UNSETTLED }

    private static final English EN = English.get();
    private static final Ranking NONE_NEEDED = new Ranking(true, Optional.empty());
    private static final Ranking NOT_GIVEN = new Ranking(false, Optional.empty());

    static Ranking of(Reading reading, Signature signature) {
        // A customer list ranks by what it lists; a query listing a top few of an entity ranks by its order.
        if (reading.rankedEnd() == End.NONE || signature.perCustomer() && !signature.listsRows()) {
            return NONE_NEEDED;
        }
        if (reading.rankedEnd() == End.UNSETTLED) {
            return NOT_GIVEN;
        }
        String order = reading.rankedEnd() == End.MOST ? "" : " asc";
        if (!reading.countedRows().isEmpty()) {
            // "The most customers": a query ordered by its count of them ("customer_count") ranks them.
            return signature.orderedBy().stream().anyMatch(m -> m.endsWith(" asc") == !order.isEmpty()
                    && Words.of(m.replace(" asc", "")).contains(reading.countedRows())) ? NONE_NEEDED : NOT_GIVEN;
        }
        List<Set<String>> phrases = given(reading, signature);
        if (phrases.isEmpty()) {
            // No metric named ("which tracks sold the fewest copies"): the query's own order must run the same way.
            boolean same = signature.orderedBy().stream().anyMatch(m -> m.endsWith(" asc") == !order.isEmpty());
            return same || signature.orderedBy().isEmpty() && reading.rankedEnd() == End.MOST ? NONE_NEEDED : NOT_GIVEN;
        }
        if (phrases.stream().allMatch(p -> p.stream().anyMatch(m -> signature.orderedBy().contains(m + order)))) {
            return NONE_NEEDED;
        }
        Set<String> ranked = new HashSet<>();
        phrases.forEach(ranked::addAll);
        String column = ranked.size() == 1 ? signature.sortableBy().get(ranked.iterator().next()) : null;
        return column == null ? NOT_GIVEN
                : new Ranking(true, Optional.of(new RowOrder(column, reading.rankedEnd() == End.MOST)));
    }

    /**
     * The result column holding the one metric the question names, and the end its answer leads with: the end a
     * ranking asks, else the most. Nothing when the question names no metric, several, or no one column holds it.
     */
    static Optional<RowOrder> focus(Reading reading, Signature signature) {
        Set<String> named = ranked(reading.asked(), reading.absorbed());
        String column = named.size() == 1 ? signature.sortableBy().get(named.iterator().next()) : null;
        return Optional.ofNullable(column).map(c -> new RowOrder(c, reading.rankedEnd() != End.LEAST));
    }

    /**
     * The end the superlatives among a question's unread words ask for: "most" and "lowest" say it themselves, "best"
     * and "worst" by whether more of each metric ranked is better ("the worst churn" is the most); unsettled when
     * they disagree or a metric does not say.
     */
    static End endAsked(List<String> unread, List<Concept> named, MetricRelations relations) {
        Set<End> ends = new HashSet<>();
        Set<String> ranked = ranked(named, relations.absorbedBy(named));
        unread.stream().filter(w -> !w.equals("which") && EN.superlatives.contains(w)).forEach(w -> {
            if (EN.descending.contains(w) || EN.ascending.contains(w)) {
                ends.add(EN.descending.contains(w) ? End.MOST : End.LEAST);
            } else if (EN.favourable.contains(w) || EN.unfavourable.contains(w)) {
                if (ranked.isEmpty()) {
                    ends.add(End.UNSETTLED);
                }
                ranked.forEach(m -> {
                    Boolean better = relations.higherIsBetter().get(m);
                    ends.add(better == null ? End.UNSETTLED
                            : better == EN.favourable.contains(w) ? End.MOST : End.LEAST);
                });
            } else {
                ends.add(End.UNSETTLED);
            }
        });
        return ends.isEmpty() ? End.NONE : ends.size() == 1 ? ends.iterator().next() : End.UNSETTLED;
    }

    /**
     * The metrics a ranking ranks by, a set per phrase: of a phrase naming several ("spend": revenue or lifetime
     * spend, the money totals the query may give), those the query gives, any of which it may be ordered by.
     */
    private static List<Set<String>> given(Reading reading, Signature signature) {
        List<Set<String>> phrases = new ArrayList<>();
        for (List<Concept> phrase : reading.named()) {
            Set<String> metrics = ranked(phrase, reading.absorbed());
            Set<String> givenHere = new HashSet<>(metrics);
            givenHere.retainAll(signature.metrics());
            if (!metrics.isEmpty()) {
                phrases.add(givenHere.isEmpty() ? metrics : givenHere);
            }
        }
        return phrases;
    }

    private static Set<String> ranked(List<Concept> named, Set<String> absorbed) {
        Set<String> ranked = new HashSet<>();
        named.stream().filter(c -> c.kind() == Concept.Kind.METRIC && !absorbed.contains(c.name()))
                .forEach(c -> ranked.add(c.name()));
        return ranked;
    }
}
