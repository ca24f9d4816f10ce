package dev.dash.knowledge.meaning;

import dev.dash.language.FunctionWords;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Which kind of row a question asks to be listed or ranked one by one, read from its words. */
final class RowsAsked {

    private static final English EN = English.get();

    private RowsAsked() {
    }

    /**
     * The kind of row a question asks to be listed or ranked one by one: the thing named after "which", "list" or a
     * ranking word ("which invoices", "list every customer", "the biggest accounts", not "the most customers"), when a
     * table holds one row each of it; "" if none.
     */
    static String in(List<String> words, Set<Integer> metricWords, Lexicon lexicon) {
        return after(words, metricWords, lexicon, word -> word.equals("which") || EN.listing.contains(word)
                || EN.superlatives.contains(word) && !EN.quantity.contains(word), false);
    }

    /**
     * The kind of row a ranking counts ("the most customers", "the fewest accounts": customer), as the table names it,
     * when no metric the question names counts it ("loses the most customers" is churn, which counts customers); ""
     * if none. No query ordered by another metric answers it: the source with the most MRR need not have the most
     * customers.
     */
    static String counted(List<String> words, Set<Integer> metricWords, Lexicon lexicon, List<Concept> named) {
        String entity = after(words, metricWords, lexicon, EN.quantity::contains, true);
        String table = lexicon.entities.contains(entity) && lexicon.sameWords.containsKey(entity) ? entity
                : lexicon.sameWords.entrySet().stream().filter(e -> e.getValue().contains(entity)).map(Map.Entry::getKey)
                        .findFirst().orElse(entity);
        boolean countedByMetric = named.stream().anyMatch(c -> c.kind() == Concept.Kind.METRIC
                && table.equals(lexicon.relations.counts().get(c.name())));
        return entity.isEmpty() || countedByMetric ? "" : table;
    }

    /** The thing named after a starting word; when counted, its first word will do ("how many invoices failed"). */
    private static String after(List<String> words, Set<Integer> metricWords, Lexicon lexicon,
            Predicate<String> starts, boolean counted) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if (starts.test(word)) {
                int j = i + 1;
                while (j < words.size() && (EN.determiners.contains(words.get(j)) || EN.grouping.contains(words.get(j))
                        || words.get(j).matches("\\d+") || EN.superlatives.contains(words.get(j)))) {
                    j++;
                }
                // The thing itself is the last word of the words that name it, before a function word, or after
                // "which" before a metric, its verb: "which annual-billing subscriptions", not "which subscription
                // tier" nor "which tier loses customers" (but "the worst customer attrition" names no customers).
                int head = j;
                boolean which = word.equals("which");
                while (head + 1 < words.size() && !FunctionWords.contains(words.get(head + 1))
                        && !EN.superlatives.contains(words.get(head + 1)) && !(which && metricWords.contains(head + 1))) {
                    head++;
                }
                if (head < words.size() && lexicon.entities.contains(words.get(head))) {
                    return words.get(head);
                }
                if (counted && j < words.size() && lexicon.entities.contains(words.get(j))) {
                    return words.get(j);
                }
            }
        }
        return "";
    }
}
