package dev.dash.onboard;

import dev.dash.knowledge.KnowledgeEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the model's business terms to the drafted vocabulary as synonyms of the metrics, dimensions and words connect
 * drafted. A synonym of a term not drafted, or that already names another term, is dropped: a word must name one
 * thing. One it already has (a later batch's reply repeating it) is not added twice.
 */
final class Synonyms {

    private Synonyms() {
    }

    static VocabularyDraft apply(VocabularyDraft vocabulary, Map<String, List<String>> proposed, List<String> drafted,
            List<String> dropped) {
        Map<String, VocabularyDraft.Term> terms = new LinkedHashMap<>();
        Map<String, String> named = new HashMap<>();
        for (VocabularyDraft.Term term : vocabulary.vocabulary()) {
            String slug = KnowledgeEntry.slug(term.term());
            terms.put(slug, term);
            named.putIfAbsent(slug, term.term());
            term.synonyms().forEach(s -> named.putIfAbsent(KnowledgeEntry.slug(s), term.term()));
        }
        proposed.forEach((target, words) -> {
            VocabularyDraft.Term term = terms.get(KnowledgeEntry.slug(target));
            if (term == null || !SchemaSummary.NAMED_KINDS.contains(term.kind())) {
                dropped.add("synonyms " + words + " of " + target + " (connect drafted no such metric, dimension or "
                        + "word)");
                return;
            }
            List<String> synonyms = new ArrayList<>(term.synonyms());
            for (String word : words) {
                String slug = KnowledgeEntry.slug(word);
                String owner = slug.isEmpty() ? "" : named.putIfAbsent(slug, term.term());
                if (term.term().equals(owner)) {
                    continue;
                }
                if (owner != null) {
                    dropped.add("synonym \"" + word + "\" of " + term.term()
                            + (owner.isEmpty() ? " (no words)" : " (it already names " + owner + ")"));
                } else {
                    synonyms.add(word);
                    drafted.add("synonym \"" + word + "\" of " + term.term());
                }
            }
            terms.put(KnowledgeEntry.slug(term.term()), new VocabularyDraft.Term(term.term(), term.kind(),
                    term.dimension(), term.unit(), term.higher_is(), List.copyOf(synonyms), term.implied_by()));
        });
        return new VocabularyDraft(vocabulary.draft(), List.copyOf(terms.values()));
    }
}
