package dev.dash.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses a request whose path and query are longer than {@value #MAX_URI} characters with 414 and the usual error
 * body. The HTTP server accepts longer request lines (quarkus.http.limits.max-initial-line-length) so that this
 * answer, not its bare 414, is what a caller sees.
 */
@Singleton
public class UriLengthLimit {

    static final int MAX_URI = 4096;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 900).handler(rc -> {
            if (rc.request().uri().length() > MAX_URI) {
                rc.response().setStatusCode(414).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(new JsonObject().put("detail", "The request URI is longer than the limit of " + MAX_URI
                                + " characters").put("code", "uri_too_long").encode());
                return;
            }
            rc.next();
        });
    }
}
