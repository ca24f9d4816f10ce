package dev.dash.agent;

import dev.dash.agent.runtime.RunContext;
import dev.dash.db.DeadConnections;
import dev.dash.db.Jdbc;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.QueryMatch;
import dev.dash.provenance.RanQuery;
import dev.dash.run.QueryResult;
import dev.dash.run.Route;
import dev.dash.run.RunStatus;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Answers without the agents: a known question from its validated query (with no model when the meaning package is
 * certain of one; online, when a few are close but none certain, after one short model call that picks one of them or
 * none), and offline, a plain "this needs a model" with the closest questions that can be answered.
 */
@ApplicationScoped
public class FastPath {

    private static final Logger LOG = Logger.getLogger(FastPath.class);
    static final String PLAN_REFUSED = "plan_refused";

    private final KnownQuestions known;
    private final QueryPicker picker;
    private final SqlRunner sql;

    public FastPath(KnownQuestions known, QueryPicker picker, SqlRunner sql) {
        this.known = known;
        this.picker = picker;
        this.sql = sql;
    }

    /** The answer from the validated query that answers the question, if any; online this may cost a model call. */
    Optional<Outcome> answer(RunContext run, String question, boolean online) {
        return match(run, question, online).flatMap(m -> run(run, m));
    }

    private Optional<QueryMatch> match(RunContext run, String question, boolean online) {
        KnownQuestions.Decision decision = known.decide(question, online);
        if (decision.certain().isPresent() || decision.toPick().isEmpty()) {
            return decision.certain();
        }
        return picker.pick(run, question, decision.toPick());
    }

    private Optional<Outcome> run(RunContext run, QueryMatch match) {
        SqlOutcome outcome = sql.read(run.origin().userId(), run.remaining(), match.sql());
        if (outcome instanceof SqlOutcome.Success ok) {
            // A ranking the query's order does not give heads the answer with its top row; a cut result cannot.
            Optional<QueryResult> rows = match.resort().map(order -> order.apply(ok.result()))
                    .orElse(Optional.of(ok.result()));
            run.trace().sqlRan(new RanQuery(match.name(), match.description(), ok.sql(), rows.orElse(ok.result())));
            return rows.map(result -> new Outcome(RunStatus.COMPLETED, Route.FAST_PATH,
                    Headline.of(match.name(), match.description(), result, match.focus()), match.name(), null));
        }
        SqlOutcome.Failure failure = (SqlOutcome.Failure) outcome;
        if (DeadConnections.isDead(failure.sqlState())) {
            // The database is unreachable: that is no reason to say the question is unknown.
            throw new Jdbc.DataAccessException(new SQLException(failure.message(), failure.sqlState()));
        }
        if (SqlRunner.PLAN_REFUSED.equals(failure.sqlState())) {
            // The question is known and its query would run too long: falling back to a model would not help.
            LOG.warnf("Validated query %s refused by the cost guard: %s", match.name(), failure.message().lines()
                    .findFirst().orElse(""));
            return Optional.of(Outcome.failed(Route.FAST_PATH, PLAN_REFUSED, planRefused(match.name(), failure)));
        }
        LOG.warnf("Validated query %s failed: %s", match.name(), failure.message());
        return Optional.empty();
    }

    private static String planRefused(String query, SqlOutcome.Failure failure) {
        return "The validated query " + query + " was not run because the cost guard refused its plan: "
                + failure.message().lines().findFirst().orElse("").replaceFirst("^Plan refused: ", "")
                + " Ask an administrator to look at the query, or to raise dash.sql.max-plan-cost or "
                + "dash.sql.max-plan-rows.";
    }

    /** Offline, for a question no validated query answers: what it needs, and questions that can be answered. */
    Outcome needsModel(String question, Route route) {
        List<String> closest = known.closest(question);
        StringBuilder text = new StringBuilder("Answering this question needs a language model, and none is configured "
                + "(set OPENAI_API_KEY, or OPENAI_BASE_URL for an OpenAI-compatible endpoint, and restart).");
        if (closest.isEmpty()) {
            text.append(" Without one I can answer only questions that match a validated query, and none is loaded.");
        } else {
            text.append(" Without one I can answer questions like:");
            closest.forEach(q -> text.append("\n- ").append(q));
        }
        return new Outcome(RunStatus.NEEDS_MODEL, route, text.toString(), null, null);
    }
}
