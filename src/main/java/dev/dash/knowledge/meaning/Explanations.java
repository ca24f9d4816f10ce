package dev.dash.knowledge.meaning;

import dev.dash.language.FunctionWords;
import dev.dash.language.WordNet;
import dev.dash.language.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule that keeps the zero-model path from answering what a query does not give: every word of the question is
 * read into a concept the signature gives, checked by a rule of its own (a period's unit and window, a ranking's rows,
 * a qualifier), a function word, or explained by the query's own text (the word, a base form or a WordNet synonym of
 * it in its name, description, questions, SQL or the values of its columns). Anything else (a value the data does not
 * hold, a named company, an object, another metric) leaves the question unmet.
 */
final class Explanations {

    private static final English EN = English.get();

    private Explanations() {
    }

    static List<String> unmet(Reading reading, Signature signature) {
        List<String> unmet = new ArrayList<>();
        Reading.Period period = reading.periodNamed();
        for (String unit : period.units()) {
            boolean given = period.relative() ? inWindow(period, unit, signature)
                    : signature.grains().contains(unit) || signature.period() && signature.words().contains(unit);
            if (!given) {
                unmet.add("a period the rows do not give: " + unit);
            }
        }
        Set<String> metrics = Signatures.metricsOf(reading);
        boolean windowImplied = signature.implicitWindow().stream()
                .anyMatch(own -> own.equals(metrics) || !own.isEmpty() && metrics.containsAll(own));
        if (signature.period() && !reading.period() && (reading.unread().stream().anyMatch(EN.allTime::contains)
                || !windowImplied)) {
            unmet.add("no period asked, and the query covers only its window");
        }
        if (period.relative() && period.units().isEmpty() && !signature.period()) {
            unmet.add("a period counted back from today");
        }
        yearsNotCovered(reading, signature).forEach(y -> unmet.add("a year the query's rows do not cover: " + y));
        reading.ambiguous().forEach(v -> unmet.add("ambiguous: " + v + " names two kinds of thing"));
        Set<String> named = new HashSet<>(signature.dimensions());
        named.removeIf(d -> signature.implicitBreakdowns().getOrDefault(d, Set.of()).contains(metrics));
        // A list of one row per entity needs no breakdown named: it answers who has the property it lists.
        if (!signature.perCustomer() && Reading.unaskedDimensions(named, signature.inItsNames(reading.asked())) > 0) {
            unmet.add("a breakdown the question does not ask for");
        }
        boolean ranks = reading.unread().stream()
                .anyMatch(w -> !w.equals("which") && EN.superlatives.contains(w) || EN.comparing.contains(w));
        if (ranks && signature.dimensions().isEmpty() && signature.grains().isEmpty()) {
            unmet.add("a ranking of rows the query does not list");
        }
        if (!Ranking.of(reading, signature).given()) {
            unmet.add("a ranking by " + metrics + " that neither the query's order " + signature.orderedBy()
                    + " nor one of its columns gives");
        }
        // "How many invoices failed": a count of the rows with a value, which only a query filtering every row on it
        // (or breaking down by its kind) gives; a column showing that value's amount is no count of them.
        if (reading.total() && !reading.countedRows().isEmpty()) {
            reading.named().stream().filter(phrase -> phrase.stream().allMatch(c -> c.kind() == Concept.Kind.VALUE
                    && !signature.dimensions().contains(c.dimension()) && !signature.rowFilters().contains(c.key())))
                    .forEach(phrase -> unmet.add("a count of " + reading.countedRows() + " rows that are "
                            + phrase.getFirst().name() + ", which the query does not count"));
        }
        if (!reading.countAsked().isEmpty() && !signature.counts(reading.countAsked())) {
            unmet.add("a count of " + reading.countAsked() + ", which no column of the query gives");
        }
        if (reading.unread().stream().anyMatch(EN.listing::contains) && signature.dimensions().isEmpty()) {
            unmet.add("a list of rows the query does not give");
        }
        // "Which genres bring in the most" asks for the rows of a breakdown the query gives: no individual rows.
        boolean breakdownRows = reading.asked().stream().anyMatch(c -> c.kind() == Concept.Kind.DIMENSION
                && signature.dimensions().contains(c.name()) && Words.of(c.name()).contains(reading.rowsAsked()));
        if (!reading.rowsAsked().isEmpty() && !breakdownRows && !(signature.perCustomer()
                && (signature.words().contains(reading.rowsAsked())
                        || signature.businessWords().contains(reading.rowsAsked())))) {
            unmet.add("individual " + reading.rowsAsked() + " rows, which the query does not list");
        }
        if (reading.unread().stream().anyMatch(EN.naming::contains) && !signature.perCustomer()) {
            unmet.add("names of rows the query does not list");
        }
        if (reading.unread().stream().anyMatch(EN.ratio::contains)
                && signature.words().stream().noneMatch(EN.ratio::contains)) {
            unmet.add("a share or rate the query does not compute");
        }
        reading.unread().stream().filter(Explanations::needsExplaining).filter(w -> !explains(signature, w))
                .distinct().forEach(w -> unmet.add("unexplained " + w));
        return unmet;
    }

    /** Years a question names outside the span of years the query's own text states ("2021-2025"), if it states one. */
    private static List<String> yearsNotCovered(Reading reading, Signature signature) {
        List<Integer> stated = signature.words().stream().filter(w -> w.matches("(19|20)\\d\\d"))
                .map(Integer::valueOf).sorted().toList();
        if (stated.size() < 2) {
            return List.of();
        }
        return reading.unread().stream().filter(w -> w.matches("(19|20)\\d\\d")).distinct()
                .filter(w -> Integer.parseInt(w) < stated.getFirst() || Integer.parseInt(w) > stated.getLast())
                .toList();
    }

    /** Whether a period counted back is the query's window: "past half year" of "the last 6 months". */
    private static boolean inWindow(Reading.Period period, String unit, Signature signature) {
        String asked = String.join(" ", period.counts()) + (period.counts().isEmpty() ? "" : " ") + unit;
        String same = EN.sameWindows.getOrDefault(asked, asked);
        return signature.window().containsAll(Words.of(same)) || signature.window().containsAll(Words.of(asked));
    }

    /** Whether a word the reader did not read says something about the data that must be explained. */
    static boolean needsExplaining(String word) {
        return !(FunctionWords.contains(word) || EN.period.matcher(word).matches()
                || EN.relative.matcher(word).matches() || EN.periodBeforeGrain.matcher(word).matches() || EN.ranking.contains(word)
                || EN.superlatives.contains(word) || EN.comparing.contains(word) || EN.ratio.contains(word) || EN.listing.contains(word) || EN.naming.contains(word) || EN.qualifiers.contains(word) || EN.typical.contains(word)
                || EN.including.contains(word) || EN.comparative.contains(word) || EN.grouping.contains(word)
                || EN.grains.contains(word) || EN.adjectiveGrains.containsKey(word));
    }

    private static boolean explains(Signature signature, String word) {
        return signature.words().contains(word)
                || WordNet.baseForms(word).stream().anyMatch(w -> signature.words().contains(w)
                        || signature.businessWords().contains(w))
                || WordNet.synonyms(word).stream().anyMatch(signature.words()::contains);
    }
}
