package dev.dash.api;

import dev.dash.http.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** At most {@code dash.limits.runs-per-user} runs in flight per user; one more is refused with 429. */
@ApplicationScoped
public class RunQuota {

    private final int perUser;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    public RunQuota(LimitsConfig limits) {
        this.perUser = limits.runsPerUser();
    }

    /** A permit for one run of this user; close it when the run ends (closing twice is harmless). */
    public Permit acquire(String userId) {
        boolean[] granted = new boolean[1];
        inFlight.compute(userId, (user, count) -> {
            int now = count == null ? 0 : count;
            granted[0] = now < perUser;
            return granted[0] ? now + 1 : now;
        });
        if (!granted[0]) {
            throw new TooManyRuns("You already have " + perUser + " run"
                    + (perUser == 1 ? "" : "s") + " in progress, the limit per user; wait for one to finish and retry.");
        }
        return new Permit(userId);
    }

    /** 429 too_many_runs; the error mapper adds Retry-After, as for 503 busy. */
    public static final class TooManyRuns extends ApiException {

        TooManyRuns(String detail) {
            super(429, "too_many_runs", detail);
        }
    }

    public final class Permit implements AutoCloseable {

        private final String userId;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Permit(String userId) {
            this.userId = userId;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                inFlight.computeIfPresent(userId, (user, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
