package dev.dash.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * CORS preflights answer 200 on any path, so their requests are tagged uri="PREFLIGHT" rather than with the path:
 * made-up paths never become URI tags (4xx ones are "UNKNOWN" or "NOT_FOUND" through the http-server binder).
 */
@ApplicationScoped
public class HttpUriTags {

    static final String PREFLIGHT = "PREFLIGHT";

    @Produces
    @Singleton
    MeterFilter preflights() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getName().startsWith("http.server") && "OPTIONS".equals(id.getTag("method"))
                        && id.getTag("uri") != null) {
                    return id.replaceTags(Tags.of(id.getTags()).and("uri", PREFLIGHT));
                }
                return id;
            }
        };
    }
}
