package dev.dash.sql;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Each user's share of one pool: at most {@code perUser} connections at once. A user past their share waits for one of
 * their own to come back, never for anyone else's, so others' queries keep finding connections.
 */
final class UserShares {

    private final String pool;
    private final int perUser;
    private final Map<String, Integer> held = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();

    UserShares(String pool, int perUser) {
        this.pool = pool;
        this.perUser = Math.max(1, perUser);
    }

    /** The default share: a quarter of the pool, at least one connection. */
    static int defaultShare(int poolSize) {
        return Math.max(1, poolSize / 4);
    }

    int perUser() {
        return perUser;
    }

    /** Takes one of the user's connections, waiting at most {@code wait}; refuses with a clear message past it. */
    Share take(String user, Duration wait) {
        long nanos = Math.max(0, wait.toNanos());
        lock.lock();
        try {
            while (held.getOrDefault(user, 0) >= perUser) {
                if (nanos <= 0) {
                    throw new SqlRejected("Not run: you already have " + perUser + " queries running on the " + pool
                            + " connections, your share of them; this one waited " + wait.toMillis() / 1000.0
                            + " s for one of them to finish. Try again when your other questions have been answered.");
                }
                nanos = returned.awaitNanos(nanos);
            }
            held.merge(user, 1, Integer::sum);
            return () -> give(user);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlRejected("Not run: the run was stopped while it waited for a connection.");
        } finally {
            lock.unlock();
        }
    }

    private void give(String user) {
        lock.lock();
        try {
            held.computeIfPresent(user, (u, n) -> n == 1 ? null : n - 1);
            returned.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One connection of a user's share, given back on close. */
    interface Share extends AutoCloseable {
        @Override
        void close();
    }
}
