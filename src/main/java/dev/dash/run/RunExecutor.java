package dev.dash.run;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Where runs execute: each on its own virtual thread, never on the worker pool that the model client's callbacks and
 * tools need, and no more than {@link RunConfig#maxInFlight()} at once. A streamed run lives on its own: a client that
 * goes away stops receiving events, but the run finishes and is stored.
 */
@ApplicationScoped
public class RunExecutor {

    private static final Logger LOG = Logger.getLogger(RunExecutor.class);

    private final RunConfig config;
    private final Semaphore permits;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("dash-run-", 0).factory());
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dash-run-keepalive").daemon().factory());

    private final Vertx vertx;

    public RunExecutor(RunConfig config, Vertx vertx, MeterRegistry registry) {
        this.config = config;
        this.vertx = vertx;
        this.permits = new Semaphore(config.maxInFlight());
        Gauge.builder(RunMetrics.RUNS_IN_FLIGHT, this::inFlight).strongReference(true).register(registry);
    }

    /**
     * Runs on the calling thread (which must not be a worker or event-loop thread) within the in-flight limit. Called
     * outside an HTTP request (Slack, reports, evals), the run gets a Vert.x context and request scope of its own, as
     * a request would give it: the agents are request-scoped and the model client hands tool calls back through it.
     */
    public RunResponse call(Function<RunEvents, RunResponse> run, RunEvents events) {
        acquire();
        try {
            if (Vertx.currentContext() != null && requestScopeActive()) {
                return run.apply(events); // an HTTP request: its context and scope serve the run
            }
            RunResponse[] response = new RunResponse[1];
            within(ownContext(), () -> response[0] = run.apply(events));
            return response[0];
        } finally {
            permits.release();
        }
    }

    private static boolean requestScopeActive() {
        ArcContainer container = Arc.container();
        return container != null && container.requestContext().isActive();
    }

    /**
     * Starts the run now on a virtual thread and returns its events. Keep-alives fill every quiet
     * {@link RunConfig#keepAlive()}; the stream ends after the run's last event (RunCompleted or RunError).
     */
    public Multi<RunEvent> stream(Function<RunEvents, RunResponse> run) {
        acquire();
        UnicastProcessor<RunEvent> events = UnicastProcessor.create();
        EventSink sink = new EventSink(events, config.keepAlive());
        long every = config.keepAlive().toMillis() / 2;
        ScheduledFuture<?> keepAlive = ticks.scheduleAtFixedRate(sink::keepAliveIfQuiet, every, every,
                TimeUnit.MILLISECONDS);
        ContextInternal context = ownContext();
        try {
            threads.execute(() -> {
                try {
                    within(context, () -> run.apply(sink));
                    sink.complete();
                } catch (RuntimeException | Error e) {
                    LOG.error("Run failed outside its own error handling", e);
                    sink.fail(e);
                } finally {
                    keepAlive.cancel(false);
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            keepAlive.cancel(false);
            permits.release();
            throw e;
        }
        return events;
    }

    /**
     * A Vert.x context of the run's own, like the one a request gets: the model client hands tool calls and streamed
     * text back through it, and the request scope the run opens lives in it rather than in the HTTP request's.
     */
    private ContextInternal ownContext() {
        Context current = Vertx.currentContext();
        return (ContextInternal) (current == null ? VertxContext.getOrCreateDuplicatedContext(vertx)
                : VertxContext.createNewDuplicatedContext(current));
    }

    /** Runs the work in the run's own Vert.x context and request scope (the agents are request-scoped beans). */
    private static void within(ContextInternal context, Runnable work) {
        ContextInternal previous = context == null ? null : context.beginDispatch();
        ArcContainer container = Arc.container();
        ManagedContext scope = container == null ? null : container.requestContext();
        // A caller's own request scope (a background job's) comes back once the run's scope has ended.
        InjectableContext.ContextState outer = scope == null ? null : scope.getStateIfActive();
        if (scope != null) {
            scope.activate();
        }
        try {
            work.run();
        } finally {
            if (scope != null) {
                scope.terminate();
                if (outer != null) {
                    scope.activate(outer);
                }
            }
            if (context != null) {
                context.endDispatch(previous);
            }
        }
    }

    /** Runs in flight now ({@link RunMetrics#RUNS_IN_FLIGHT} on /q/metrics, which the load bench reads). */
    public int inFlight() {
        return config.maxInFlight() - permits.availablePermits();
    }

    private void acquire() {
        if (!permits.tryAcquire()) {
            throw new RunsBusy(config.maxInFlight());
        }
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
        threads.shutdown();
    }
}
