package dev.dash.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What the service does, for /q/metrics (Prometheus), counted from each finished run's response so the agent code
 * needs no metric calls of its own; SQL time from the SQL runner's timers. Every series is registered at zero when the
 * service starts, so dashboards and alerts work on a fresh instance. Also puts the run id in the logging MDC for the
 * run's lines (the JSON log's {@code mdc.run_id}).
 */
@ApplicationScoped
public class RunMetrics {

    public static final String RUNS = "dash.runs";
    public static final String RUN_TIME = "dash.run.time";
    /** Runs executing now (a gauge RunExecutor keeps). */
    public static final String RUNS_IN_FLIGHT = "dash.runs.in.flight";
    public static final String MODEL_CALLS = "dash.model.calls";
    public static final String MODEL_TOKENS = "dash.model.tokens";
    public static final String ZERO_MODEL_ANSWERS = "dash.zero.model.answers";
    public static final String LEARNINGS_SAVED = "dash.learnings.saved";
    /** Scheduled reports and Slack posts: {@code outcome} is {@code posted} or {@code failed}. */
    public static final String REPORTS = "dash.reports";
    public static final String SQL_TIME = "dash.sql.time";
    /** Statements the SQL runner's cost guard did not run, by role. */
    public static final String PLANS_REFUSED = "dash.sql.plans.refused";
    public static final String RUN_ID = "run_id";
    /** The route of a run that ended before one was chosen. */
    private static final String NO_ROUTE = "none";
    private static final Logger LOG = Logger.getLogger(RunMetrics.class);

    private final MeterRegistry registry;

    public RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers every series at zero: runs by each route and final status, each agent's model use, and the rest. */
    public void registerAtZero(List<String> agents) {
        List<String> routes = new ArrayList<>(Stream.of(Route.values()).map(Route::id).toList());
        routes.add(NO_ROUTE);
        for (String route : routes) {
            for (RunStatus status : RunStatus.values()) {
                if (status != RunStatus.RUNNING) {
                    Tags tags = Tags.of("route", route, "status", status.id());
                    registry.counter(RUNS, tags);
                    registry.timer(RUN_TIME, tags);
                }
            }
        }
        for (String agent : agents) {
            registry.counter(MODEL_CALLS, "agent", agent);
            registry.counter(MODEL_TOKENS, "agent", agent, "kind", "prompt");
            registry.counter(MODEL_TOKENS, "agent", agent, "kind", "completion");
        }
        registry.counter(ZERO_MODEL_ANSWERS);
        registry.counter(LEARNINGS_SAVED);
        registry.counter(REPORTS, "outcome", "posted");
        registry.counter(REPORTS, "outcome", "failed");
        sqlTime("analyst");
        sqlTime("engineer");
        plansRefused("analyst");
        plansRefused("engineer");
    }

    /** The time of the SQL each role runs. */
    public Timer sqlTime(String role) {
        return registry.timer(SQL_TIME, "role", role);
    }

    /** Statements of a role whose plan the cost guard refused. */
    public Counter plansRefused(String role) {
        return registry.counter(PLANS_REFUSED, "role", role);
    }

    /** A run begins on this thread: its log lines carry its id. */
    public void started(UUID runId) {
        MDC.put(RUN_ID, runId.toString());
    }

    /** A run ended: counts it and what it used. Counting never fails the run. */
    public void finished(RunResponse response) {
        try {
            count(response);
        } catch (RuntimeException e) {
            LOG.warnf("Run metrics not recorded: %s", e.toString());
        } finally {
            MDC.remove(RUN_ID);
        }
    }

    private void count(RunResponse response) {
        Tags tags = Tags.of("route", response.route() == null ? NO_ROUTE : response.route().id(),
                "status", response.status().id());
        registry.counter(RUNS, tags).increment();
        var trace = response.trace();
        if (trace == null) {
            return;
        }
        registry.timer(RUN_TIME, tags).record(Duration.ofMillis(trace.ms()));
        for (var call : trace.model_calls()) {
            String agent = call.agent() == null ? "unknown" : call.agent();
            registry.counter(MODEL_CALLS, "agent", agent).increment();
            registry.counter(MODEL_TOKENS, "agent", agent, "kind", "prompt").increment(call.prompt_tokens());
            registry.counter(MODEL_TOKENS, "agent", agent, "kind", "completion").increment(call.completion_tokens());
        }
        if (response.status() == RunStatus.COMPLETED && trace.model_calls().isEmpty()) {
            registry.counter(ZERO_MODEL_ANSWERS).increment();
        }
        registry.counter(LEARNINGS_SAVED).increment(trace.learnings_saved().size());
    }

    /** A report or Slack answer reached its channel. */
    public void reportPosted() {
        registry.counter(REPORTS, "outcome", "posted").increment();
    }

    /** A report or Slack answer could not be posted. */
    public void reportFailed() {
        registry.counter(REPORTS, "outcome", "failed").increment();
    }
}
