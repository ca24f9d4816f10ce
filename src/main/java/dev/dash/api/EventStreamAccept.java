package dev.dash.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets SSE clients that send {@code Accept: text/event-stream} (EventSource, the control plane) reach the run streams.
 * Those endpoints write AgentOS's frames themselves as text, since Quarkus's own SSE writer drops the space after
 * {@code data:}; declaring the SSE media type would switch that writer on, so the header is widened instead.
 */
public class EventStreamAccept {

    private static final Pattern RUN_STREAMS = Pattern.compile("/api/ask/stream|/(agents|teams)/[^/]+/runs");

    @ServerRequestFilter(preMatching = true)
    public void widen(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/event-stream")
                && RUN_STREAMS.matcher(request.getUriInfo().getPath()).matches()) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "*/*");
        }
    }
}
