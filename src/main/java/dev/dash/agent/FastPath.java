package dev.dash.agent;

import dev.dash.agent.runtime.RunContext;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.QueryMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Known questions answered by their validated query: with no model when a query whose signature covers the question
 * is clearly the closest, and online, when a few are close but none certain, after one short model call that picks
 * one of them or none. Only approved queries answer.
 */
@ApplicationScoped
public class FastPath {

    static final int MAX_PICK = 3;
    /** A request to change data or schema ("mark customer 1 as churned", "please drop ..."): never a known question. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^(and|also|so|then|what about|how about)\\b|\\b(that|those|these|this|it|them|same|previous|above)\\b"
            + "(?!\\s+(is|are|was|were|has|have)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE = Pattern.compile("(^|[,.;:!?]|\\b(please|can you|could you|would you|now)\\b)"
            + "\\s*(update|delete|remove|drop|truncate|insert|mark|set|alter|add|create|rename|grant|revoke|modify|"
            + "wipe|erase|purge|clear|change|replace|build|make)\\b", Pattern.CASE_INSENSITIVE);
    /** A request for advice ("what should we look at first?"): a validated query gives numbers, not advice. */
    private static final Pattern ADVICE = Pattern.compile("\\b(what should|should we|should i|recommend|recommendation"
            + "|suggest|advise|advice|what can we do|how (can|could|do|should) we (improve|reduce|fix|increase|lower|"
            + "raise|grow|stop|prevent)|prioriti[sz])", Pattern.CASE_INSENSITIVE);

    private final KnownQuestions known;
    private final AgentConfig config;
    private final QueryPicker picker;

    public FastPath(KnownQuestions known, AgentConfig config, QueryPicker picker) {
        this.known = known;
        this.config = config;
        this.picker = picker;
    }

    /** What the fast path can do without a model: a certain answer, queries for a model to pick from, or nothing. */
    public record Decision(Optional<QueryMatch> certain, List<QueryMatch> toPick) {
    }

    public Decision decide(String question, boolean online) {
        return decide(answers(question), online ? config.fastPathThreshold() : config.offlineThreshold(),
                config.fastPathMargin(), online ? config.pickThreshold() : Double.MAX_VALUE);
    }

    /** Approved queries whose signature covers the question, best first. */
    public List<QueryMatch> answers(String question) {
        if (neverKnown(question)) {
            return List.of();
        }
        return known.answers(question).stream().filter(QueryMatch::approved).toList();
    }

    /** The decision on given answers at given thresholds (the benchmark sweeps them). */
    public static Decision decide(List<QueryMatch> answers, double threshold, double margin, double pickThreshold) {
        if (answers.isEmpty()) {
            return new Decision(Optional.empty(), List.of());
        }
        QueryMatch best = answers.getFirst();
        boolean clear = answers.size() == 1
                || KnownQuestions.rank(best) - KnownQuestions.rank(answers.get(1)) >= margin;
        if (clear && best.score() >= threshold) {
            return new Decision(Optional.of(best), List.of());
        }
        boolean pickable = best.score() >= pickThreshold;
        return new Decision(Optional.empty(), pickable ? answers.stream().limit(MAX_PICK).toList() : List.of());
    }

    /** The validated query that answers the question, if any; online this may cost one short model call. */
    public Optional<QueryMatch> match(RunContext run, String question, boolean online) {
        Decision decision = decide(question, online);
        if (decision.certain().isPresent() || decision.toPick().isEmpty()) {
            return decision.certain();
        }
        return picker.pick(run, question, decision.toPick());
    }

    /** A change request or a request for advice: never answered from a validated query alone. */
    public static boolean neverKnown(String question) {
        return CHANGE.matcher(question.strip()).find() || ADVICE.matcher(question).find();
    }

    /** Whether the question points back at the conversation ("that plan", "those customers", "and ... it?"). */
    public static boolean refersBack(String question) {
        return REFERS_BACK.matcher(question.strip()).find();
    }

    public List<String> closest(String question) {
        return known.closest(question, config.closestQuestions());
    }
}
