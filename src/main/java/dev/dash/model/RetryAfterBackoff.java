package dev.dash.model;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff from the configured delay with full jitter, except that a 429 whose response says Retry-After
 * (in seconds, kept by {@link RetryAfterMapper}) waits that long, capped at a minute.
 */
public class RetryAfterBackoff implements CustomBackoffStrategy {

    private static final long MAX_MS = 60_000;

    private long nextMs;

    @Override
    public void init(long initialDelayInMillis) {
        nextMs = Math.max(initialDelayInMillis, 1);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long exponential = nextMs / 2 + ThreadLocalRandom.current().nextLong(nextMs / 2 + 1);
        nextMs = Math.min(nextMs * 2, MAX_MS);
        return retryAfterMs(cause).orElse(exponential);
    }

    private static OptionalLong retryAfterMs(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RetryAfterMapper.RateLimited limited) {
                return OptionalLong.of(Math.min(limited.retryAfter().toMillis(), MAX_MS));
            }
        }
        return OptionalLong.empty();
    }
}
