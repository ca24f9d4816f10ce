package dev.dash.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses a body declared larger than {@code dash.limits.max-body-size} with 413 and the usual error body, before
 * reading it. The HTTP server enforces the same limit on bodies without a length.
 */
@Singleton
public class BodySizeLimit {

    private final long max;

    public BodySizeLimit(LimitsConfig limits) {
        this.max = limits.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1000).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(new JsonObject().put("detail", "The request body is larger than the limit of " + max
                                + " bytes").put("code", "payload_too_large").encode());
                return;
            }
            rc.next();
        });
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
