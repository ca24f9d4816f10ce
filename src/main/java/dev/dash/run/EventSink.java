package dev.dash.run;

import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import java.time.Duration;
import java.util.Map;

/** Hands a streamed run's events to its stream one at a time, and fills quiet gaps with keep-alives. */
final class EventSink implements RunEvents {

    private final UnicastProcessor<RunEvent> events;
    private final Duration keepAlive;
    private long lastNanos = System.nanoTime();
    private boolean done;

    EventSink(UnicastProcessor<RunEvent> events, Duration keepAlive) {
        this.events = events;
        this.keepAlive = keepAlive;
    }

    @Override
    public synchronized void emit(String name, Map<String, Object> payload) {
        if (!done) {
            lastNanos = System.nanoTime();
            events.onNext(new RunEvent(name, payload));
        }
    }

    /** Called twice per keep-alive period: sends one when nothing went out for about half of it. */
    synchronized void keepAliveIfQuiet() {
        if (!done && System.nanoTime() - lastNanos >= keepAlive.toNanos() / 2 - 1_000_000) {
            lastNanos = System.nanoTime();
            events.onNext(RunEvent.keepAlive());
        }
    }

    synchronized void complete() {
        if (!done) {
            done = true;
            events.onComplete();
        }
    }

    synchronized void fail(Throwable error) {
        if (!done) {
            done = true;
            events.onError(error);
        }
    }
}
