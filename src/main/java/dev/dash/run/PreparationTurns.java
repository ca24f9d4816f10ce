package dev.dash.run;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs prepare (knowledge look-ups, embeddings, matching, routing, the prompt's context: CPU and database work) a few
 * at a time, in the order they came. Under a burst, runs that all prepare at once share the processors and all reach
 * the model late; taking turns, the first runs reach it early and the median run waits about half as long. Waiting for
 * the model takes no turn.
 */
@ApplicationScoped
public class PreparationTurns {

    private final Semaphore turns;

    public PreparationTurns(RunConfig config) {
        this.turns = new Semaphore(config.preparing().orElse(2 * Runtime.getRuntime().availableProcessors()), true);
    }

    /** Waits for a turn, at most {@code patience}; the turn ends when the returned one is closed. */
    public Turn take(Duration patience) {
        try {
            if (!turns.tryAcquire(Math.max(0, patience.toNanos()), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("No turn to prepare the run within " + patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to prepare the run", e);
        }
        return new Turn();
    }

    /** A run's turn; closing it again does nothing. */
    public final class Turn implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                turns.release();
            }
        }
    }
}
