package dev.dash.knowledge.meaning;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeConfig;
import dev.dash.knowledge.files.BusinessFile;
import dev.dash.knowledge.files.BusinessFile.AmbiguousTerm;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.knowledge.files.KnowledgeLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the business knowledge defines in more than one way ({@code ambiguous_terms} of the business files), and
 * which of them a question leaves open: it names the term, names no phrase that settles it, and is not a question a
 * validated query was written for (that query settles it).
 */
@ApplicationScoped
public class AmbiguousTerms {

    private final KnowledgeFiles files;
    private final KnowledgeConfig config;
    private final KnownQuestions known;
    private volatile List<AmbiguousTerm> terms;

    public AmbiguousTerms(ObjectMapper json, KnowledgeConfig config, KnownQuestions known) {
        this.files = new KnowledgeFiles(json);
        this.config = config;
        this.known = known;
    }

    void onLoaded(@Observes KnowledgeLoaded loaded) {
        terms = read(loaded.dir());
    }

    /** Whether the knowledge defines no ambiguous term at all (then there is never anything to clarify). */
    public boolean none() {
        return all().isEmpty();
    }

    /** The term of this name, if the knowledge still defines it. */
    public Optional<AmbiguousTerm> named(String term) {
        return all().stream().filter(t -> t.term().equals(term)).findFirst();
    }

    /** Terms the question names, whether or not it settles them. */
    public List<AmbiguousTerm> in(String question) {
        List<String> words = Words.of(question);
        return all().stream().filter(t -> contains(words, t.term())).toList();
    }

    /** Of {@code named}, those the question leaves open. */
    public List<AmbiguousTerm> open(String question, List<AmbiguousTerm> named) {
        List<String> words = Words.of(question);
        List<AmbiguousTerm> open = named.stream()
                .filter(t -> t.settled_by() == null || t.settled_by().stream().noneMatch(p -> contains(words, p)))
                .toList();
        return open.isEmpty() || known.isListed(question) ? List.of() : open;
    }

    /** The question with the term replaced by the chosen option's phrase ("collected revenue (paid invoices)"). */
    public static String apply(AmbiguousTerm term, BusinessFile.Option option, String question) {
        String words = String.join("\\W+", term.term().strip().split("\\s+"));
        Pattern pattern = Pattern.compile("(?<![\\w-])" + words + "s?(?![\\w-])", Pattern.CASE_INSENSITIVE);
        String phrase = Objects.requireNonNullElse(option.phrase(), option.label());
        return pattern.matcher(question).replaceAll(Matcher.quoteReplacement(phrase));
    }

    private static boolean contains(List<String> words, String phrase) {
        return Collections.indexOfSubList(words, Words.of(phrase)) >= 0;
    }

    private List<AmbiguousTerm> all() {
        List<AmbiguousTerm> current = terms;
        if (current == null) {
            current = read(Path.of(config.dir()));
            terms = current;
        }
        return current;
    }

    private List<AmbiguousTerm> read(Path dir) {
        return files.business(dir).stream().filter(b -> b.ambiguous_terms() != null)
                .flatMap(b -> b.ambiguous_terms().stream()).map(AmbiguousTerms::checked).toList();
    }

    /** The term as written, with each option's id defaulting to its label; a term Dash cannot ask about fails. */
    private static AmbiguousTerm checked(AmbiguousTerm t) {
        if (t.term() == null || t.question() == null || t.options() == null || t.options().size() < 2
                || t.options().stream().anyMatch(o -> o.label() == null || o.means() == null)) {
            throw new IllegalArgumentException("business/*.json: ambiguous term " + t.term()
                    + " needs a term, a question and at least two options, each with a label and what it means");
        }
        return new AmbiguousTerm(t.term(), t.question(), t.settled_by(), t.options().stream()
                .map(o -> new BusinessFile.Option(Objects.requireNonNullElse(o.id(), o.label()), o.label(), o.means(),
                        o.phrase())).toList());
    }
}
