package dev.dash.agent;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.knowledge.meaning.QuestionKinds;
import dev.dash.model.ModelConfig;
import dev.dash.run.Asker;
import dev.dash.run.Origin;
import dev.dash.run.PreparationTurns;
import dev.dash.run.Route;
import dev.dash.run.RunConfig;
import dev.dash.run.RunEvents;
import dev.dash.run.RunMetrics;
import dev.dash.run.RunResponse;
import dev.dash.session.DropConfirmations;
import dev.dash.session.RunLog;
import dev.dash.session.SessionDoor;
import dev.dash.session.SessionNotFound;
import dev.dash.session.SessionRef;
import dev.dash.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one entry point of every interface: opens the session, answers a known question from its validated query,
 * otherwise routes to the Analyst, the Engineer or the leader, and stores the run with its trace.
 */
@ApplicationScoped
public class Coordinator {

    private final Router router;
    private final FastPath fastPath;
    private final Members members;
    private final LeaderAgent leader;
    private final SessionDoor door;
    private final RunLog runLog;
    private final SessionHistory history;
    private final DropConfirmations confirmations;
    private final ModelConfig model;
    private final Clock clock;
    private final Conversations conversations;
    private final RunConfig runs;
    private final RunMetrics metrics;
    private final PreparationTurns turns;
    private final Clarifier clarifier;
    private final ResponseBuilder responses;

    public Coordinator(Router router, FastPath fastPath, Members members, LeaderAgent leader, SessionDoor door,
            SessionHistory history, DropConfirmations confirmations, ModelConfig model, Clock clock,
            Conversations conversations, RunConfig runs, ResponseBuilder responses, RunMetrics metrics,
            PreparationTurns turns, RunLog runLog, Clarifier clarifier) {
        this.clarifier = clarifier;
        this.responses = responses;
        this.runLog = runLog;
        this.turns = turns;
        this.conversations = conversations;
        this.runs = runs;
        this.metrics = metrics;
        this.router = router;
        this.fastPath = fastPath;
        this.members = members;
        this.leader = leader;
        this.door = door;
        this.history = history;
        this.confirmations = confirmations;
        this.model = model;
        this.clock = clock;
    }

    /** The session a question goes into, decided by {@link SessionDoor}; throws {@link SessionNotFound}. */
    public SessionRef open(Asker asker, String sessionId, SessionStore.Component component) {
        return door.open(asker, sessionId, component);
    }

    /** Opens a session of the team: see {@link #open(Asker, String, SessionStore.Component)}. */
    public SessionRef open(Asker asker, String sessionId) {
        return open(asker, sessionId, SessionStore.Component.TEAM);
    }

    public RunResponse ask(Asker asker, String sessionId, String question, RunEvents events) {
        return answer(asker, open(asker, sessionId), question, events);
    }

    /** Answers in a session opened for this caller, emitting events as the run goes. */
    public RunResponse answer(Asker asker, SessionRef session, String question, RunEvents events) {
        return answer(asker, session, question, null, events);
    }

    /**
     * As {@link #answer(Asker, SessionRef, String, RunEvents)}, by one member when {@code member} is set (else
     * routed). The run is stored as running before anything else happens, and updated when it ends.
     */
    public RunResponse answer(Asker asker, SessionRef session, String question, Route member, RunEvents events) {
        String userId = asker.userId();
        String sessionId = session.id();
        RunContext run = new RunContext(asker, new Origin(userId, sessionId, UUID.randomUUID()), question, events,
                runs.deadline());
        runLog.started(session, run.origin(), question);
        RunResponse response;
        try {
            response = run(run, question, member);
        } catch (RuntimeException | Error e) {
            // Failed outside the run's own error handling: the stored run must not stay "running" for ever.
            runLog.failedQuietly(ResponseBuilder.internalError(run));
            throw e;
        }
        runLog.finished(response);
        finish(run, response);
        metrics.finished(response);
        return response;
    }

    private RunResponse run(RunContext run, String question, Route member) {
        metrics.started(run.origin().runId());
        run.emit("RunStarted", Map.of("model", model.online() ? model.name() : "offline", "model_provider", "openai"));
        confirmations.recordFrom(run.origin().sessionId(), question);
        Outcome outcome;
        try {
            outcome = decide(run, question, member);
        } finally {
            run.prepared();
        }
        return responses.of(run, outcome);
    }

    private Outcome decide(RunContext run, String message, Route member) {
        Route route = Route.FAST_PATH;
        try {
            run.preparing(turns.take(run.remaining()));
            Clarifier.Decision clarified = clarifier.decide(run, message);
            if (clarified.asks().isPresent()) {
                return clarified.asks().get();
            }
            String question = clarified.question();
            boolean online = model.online();
            // "And how much MRR does that plan bring in?" needs the conversation, which a validated query cannot read.
            // The history is read here only for such questions, so a plain known question costs no extra look-up.
            String earlier = QuestionKinds.refersBack(question) ? history.of(run.origin().sessionId()) : null;
            boolean followUp = earlier != null && !earlier.isBlank();
            Optional<Outcome> known = followUp ? Optional.empty() : fastPath.answer(run, question, online);
            if (known.isPresent()) {
                return known.get();
            }
            if (!online) {
                return fastPath.needsModel(question, router.route(question));
            }
            route = member != null ? member : router.route(question);
            if (route == Route.ENGINEER && !Members.mayBuild(run)) {
                return Outcome.failed(route, "insufficient_scope", Members.NEEDS_SCOPE);
            }
            run.history(earlier != null ? earlier : history.of(run.origin().sessionId()));
            return Outcome.completed(route, answerBy(route, run, clarified.forModel()));
        } catch (RuntimeException e) {
            return RunFailures.outcome(run, route, e);
        }
    }

    private String answerBy(Route route, RunContext run, String question) {
        return switch (route) {
            case ANALYST -> members.ask(run, Members.ANALYST, question, run::content);
            case ENGINEER -> members.ask(run, Members.ENGINEER, question, run::content);
            default -> conversations.stream(leader, run, run::content,
                    id -> leader.answer(id, question, run.history(), LocalDate.now(clock).toString(),
                            Members.mayBuild(run)));
        };
    }

    private static void finish(RunContext run, RunResponse response) {
        if (response.error() != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("content", response.error().message());
            error.put("error_type", response.error().code());
            error.put("response", response);
            run.emit("RunError", error);
            return;
        }
        if (!run.contentSent()) {
            // Answered without a model (fast path, offline): the text exists only now, in one piece.
            run.content(response.answer());
        }
        run.emit("RunCompleted", Map.of("content", response.answer(), "content_type", "str", "response", response));
    }
}
