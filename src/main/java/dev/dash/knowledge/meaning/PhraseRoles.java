package dev.dash.knowledge.meaning;

import java.util.List;

/**
 * Whether a phrase found in a question names something, or plays another role there: it starts a clause ("customers
 * who ..."), labels the value before it ("enterprise plan"), or includes a value rather than filter on it.
 */
final class PhraseRoles {

    private static final English EN = English.get();

    private PhraseRoles() {
    }

    /** Whether a phrase found names something, rather than starting a clause, labelling a value or including one. */
    static boolean namesSomething(List<NamedPhrase> found, List<String> words, int i, int length,
            List<Concept> concepts) {
        return !relativeWho(words, i, length) && !labelOfValue(found, words.subList(i, i + length), i, concepts)
                && !included(words, i, length, concepts);
    }

    /** Whether word i is a "likely" that predicts ("likely to cancel"), not one that compares ("more likely"). */
    static boolean predictiveLikely(List<String> words, int i) {
        return words.get(i).equals("likely") && (i == 0 || !EN.comparative.contains(words.get(i - 1)));
    }

    /** "customers who signed up": "who" after a noun starts a clause about it, it does not ask who. */
    private static boolean relativeWho(List<String> words, int i, int length) {
        return length == 1 && words.get(i).equals("who") && i > 0 && EN.beforeRelativeWho.contains(words.get(i - 1));
    }

    /**
     * "high priority", "enterprise plan", "month-to-month billing", "enterprise-size": a dimension, or words of its
     * name, right after one of its values label the value, which then means that dimension's value only ("enterprise"
     * is a plan and a company size); they name no breakdown (nor a ticket category "billing").
     */
    static boolean labelOfValue(List<NamedPhrase> found, List<String> phrase, int i, List<Concept> concepts) {
        if (found.isEmpty() || found.getLast().end() != i) {
            return false;
        }
        boolean dimension = !concepts.isEmpty() && concepts.stream().allMatch(c -> c.kind() == Concept.Kind.DIMENSION);
        List<Concept> values = found.getLast().concepts().stream().filter(v -> v.kind() == Concept.Kind.VALUE).toList();
        List<Concept> labelled = values.stream()
                .filter(v -> dimension && concepts.stream().anyMatch(c -> c.name().equals(v.dimension()))).toList();
        if (labelled.isEmpty()) {
            labelled = values.stream().filter(v -> Words.of(v.dimension()).containsAll(phrase)).toList();
        }
        if (labelled.isEmpty()) {
            return false;
        }
        found.set(found.size() - 1, found.getLast().as(labelled));
        return true;
    }

    /** "trials included", "including refunds": a value included is no filter. */
    private static boolean included(List<String> words, int i, int length, List<Concept> concepts) {
        return concepts.stream().allMatch(c -> c.kind() == Concept.Kind.VALUE)
                && (i > 0 && EN.including.contains(words.get(i - 1))
                        || i + length < words.size() && EN.including.contains(words.get(i + length)));
    }
}
