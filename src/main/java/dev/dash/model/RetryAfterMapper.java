package dev.dash.model;

import dev.langchain4j.exception.RateLimitException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a 429 that says Retry-After (in seconds) into {@link RateLimited}, which keeps the delay for
 * {@link RetryAfterBackoff}: the model client's own mapping keeps only the status and body. Other responses are left
 * to that mapping (a null result passes them on).
 */
@Provider
public class RetryAfterMapper implements ResponseExceptionMapper<RetryAfterMapper.RateLimited> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status == 429;
    }

    @Override
    public RateLimited toThrowable(Response response) {
        String header = response.getHeaderString("Retry-After");
        if (header == null || !header.strip().matches("\\d{1,5}")) {
            return null;
        }
        return new RateLimited(Duration.ofSeconds(Long.parseLong(header.strip())));
    }

    @Override
    public int getPriority() {
        return Priorities.USER - 1;
    }

    /** The endpoint limits our rate and said how long to wait. */
    public static class RateLimited extends RateLimitException {

        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super("rate limited by the model endpoint; retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
