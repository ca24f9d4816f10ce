package dev.dash.knowledge.meaning;

import dev.dash.language.FunctionWords;
import dev.dash.language.WordNet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    /**
     * What a count asks for ("how many songs do we have", "the number of albums", "customer count", "the most
     * songs": song, album, customer) when no metric the question names is it or counts it ("how many customers
     * signed up" is signups); "" if none. Only a query counting that thing answers it.
     */
    static String countAsked(List<String> words, Set<Integer> phraseWords, Lexicon lexicon, List<Concept> named,
            String text) {
        String thing = "";
        for (int i = 0; i + 1 < words.size() && thing.isEmpty(); i++) {
            boolean howMany = words.get(i).equals("how") && words.get(i + 1).equals("many");
            boolean numberOf = words.get(i).matches("number|count") && words.get(i + 1).equals("of");
            if (howMany || numberOf) {
                thing = nounAfter(words, i + 2, phraseWords, text);
            } else if (words.get(i + 1).equals("count") && !phraseWords.contains(i)
                    && isEntity(words.get(i), lexicon)) {
                thing = words.get(i);
            } else if (EN.quantity.contains(words.get(i)) && !phraseWords.contains(i + 1)
                    && WordNet.noun(words.get(i + 1)) && !FunctionWords.contains(words.get(i + 1))
                    && plural(words.get(i + 1), text)) {
                // "the most songs", not "the most money" nor "the most popular tracks"
                thing = words.get(i + 1);
            }
        }
        String asked = thing;
        boolean countedByMetric = named.stream().filter(c -> c.kind() == Concept.Kind.METRIC)
                .map(c -> lexicon.relations.counts().get(c.name()))
                .anyMatch(table -> table != null && sameThing(table, asked, lexicon));
        return countedByMetric ? "" : thing;
    }

    /**
     * What "how many" counts: the first noun written as a plural from word j on ("how many paying customers"), unless a phrase the
     * knowledge defines or a function word comes first ("how many new signups", "how many end up buying": none).
     */
    private static String nounAfter(List<String> words, int j, Set<Integer> phraseWords, String text) {
        for (int k = j; k < words.size() && !phraseWords.contains(k); k++) {
            String word = words.get(k);
            if (FunctionWords.contains(word)) {
                if (EN.determiners.contains(word)) {
                    continue;
                }
                return "";
            }
            if (WordNet.noun(word) && !EN.ratio.contains(word) && plural(word, text)) {
                return word;
            }
        }
        return "";
    }

    /** Whether the text has the word as a plural ("songs", "employees"; the words are folded to the singular). */
    private static boolean plural(String word, String text) {
        boolean asWritten = word.endsWith("s") && WordNet.baseForms(word).stream().anyMatch(f -> !f.equals(word));
        return asWritten || Pattern.compile("\\b" + Pattern.quote(word) + "e?s\\b").matcher(text.toLowerCase(Locale.ROOT))
                .find();
    }

    private static boolean isEntity(String word, Lexicon lexicon) {
        return !FunctionWords.contains(word) && (lexicon.entities.contains(word)
                || lexicon.sameWords.keySet().stream().anyMatch(w -> sameThing(w, word, lexicon)));
    }

    /** Whether a word names the thing a table holds, itself or by a business word ("accounts" for customers). */
    private static boolean sameThing(String table, String word, Lexicon lexicon) {
        Set<String> tableForms = WordNet.baseForms(table);
        return WordNet.baseForms(word).stream().anyMatch(w -> tableForms.contains(w) || tableForms.stream()
                .anyMatch(t -> lexicon.sameWords.getOrDefault(t, Set.of()).contains(w)));
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
