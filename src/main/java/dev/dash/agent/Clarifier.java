package dev.dash.agent;

import dev.dash.agent.runtime.RunContext;
import dev.dash.knowledge.files.BusinessFile.AmbiguousTerm;
import dev.dash.knowledge.files.BusinessFile.Option;
import dev.dash.knowledge.meaning.AmbiguousTerms;
import dev.dash.knowledge.meaning.Replies;
import dev.dash.learning.LearningStore;
import dev.dash.run.Origin;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.session.Clarifications;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clarifies before guessing, with or without a model: a question that names a term the business knowledge defines
 * in more than one way ({@link AmbiguousTerms}), unsettled by the question and the session, gets one short question
 * with the options instead of an answer. The next message may pick one (by number or label); the original question is
 * then answered with the chosen meaning, which settles the term for the rest of the session, and for the user's
 * later sessions too when the reply says so ("always"), when it is also saved as a learning.
 */
@ApplicationScoped
public class Clarifier {

    private final AmbiguousTerms terms;
    private final Clarifications store;
    private final LearningStore learnings;

    public Clarifier(AmbiguousTerms terms, Clarifications store, LearningStore learnings) {
        this.terms = terms;
        this.store = store;
        this.learnings = learnings;
    }

    /**
     * What to do with a message: ask (the outcome), or answer {@code question} (the message, or the question its
     * reply settled, with chosen meanings put in), telling the model {@code forModel} (the meanings spelled out).
     */
    record Decision(Optional<Outcome> asks, String question, String forModel) {
    }

    Decision decide(RunContext run, String message) {
        if (terms.none()) {
            return new Decision(Optional.empty(), message, message);
        }
        Origin origin = run.origin();
        String question = store.pending(origin.sessionId()).map(p -> answered(run, p, message)).orElse(message);
        List<AmbiguousTerm> named = terms.in(question);
        if (named.isEmpty()) {
            return new Decision(Optional.empty(), question, question);
        }
        Map<String, String> choices = store.choices(origin.sessionId(), origin.userId());
        String clarified = question;
        StringBuilder meanings = new StringBuilder();
        for (AmbiguousTerm term : terms.open(question, named)) {
            Optional<Option> chosen = term.options().stream()
                    .filter(o -> o.id().equals(choices.get(term.term()))).findFirst();
            if (chosen.isEmpty()) {
                store.asked(origin, term.term(), question);
                return new Decision(Optional.of(asking(term)), question, question);
            }
            clarified = AmbiguousTerms.apply(term, chosen.get(), clarified);
            meanings.append("\n\nBy \"").append(term.term()).append("\" the user means ").append(chosen.get().label())
                    .append(": ").append(chosen.get().means());
        }
        return new Decision(Optional.empty(), clarified, clarified + meanings);
    }

    /** The question the reply settles, or the reply itself when it picks no option (the question is dropped). */
    private String answered(RunContext run, Clarifications.Pending pending, String reply) {
        Optional<AmbiguousTerm> term = terms.named(pending.term());
        Optional<Option> picked = term.flatMap(t -> Replies.picked(t, reply));
        if (picked.isEmpty()) {
            store.dropped(pending);
            return reply;
        }
        boolean remember = Replies.remember(reply);
        store.answered(pending, picked.get().id(), remember);
        if (remember) {
            String lesson = "When this user says \"" + pending.term() + "\", they mean " + picked.get().label() + ": "
                    + picked.get().means();
            run.trace().learningSaved(learnings.save("Meaning of " + pending.term(), lesson, run.origin()));
        }
        return pending.question();
    }

    private static Outcome asking(AmbiguousTerm term) {
        StringBuilder text = new StringBuilder(term.question()).append("\n");
        List<RunResponse.Option> options = new ArrayList<>();
        for (int i = 0; i < term.options().size(); i++) {
            Option option = term.options().get(i);
            text.append("\n").append(i + 1).append(". ").append(option.label()).append(" — ").append(option.means());
            options.add(new RunResponse.Option(option.id(), option.label()));
        }
        text.append("\n\nReply with the number or the name (add \"always\" to keep it for your next sessions).");
        return new Outcome(RunStatus.NEEDS_CLARIFICATION, null, text.toString(), null, null,
                new RunResponse.Clarification(term.question(), options));
    }
}
