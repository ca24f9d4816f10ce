package dev.dash.api;

import dev.dash.chart.ChartImages;
import dev.dash.http.ApiError;
import dev.dash.http.UserResolver;
import dev.dash.session.SessionStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The chart of a run as a PNG; like the run itself, only for the user who asked. */
@Path("/api/runs/{run_id}/chart.png")
public class ChartResource {

    private final SessionStore sessions;
    private final ChartImages images;
    private final UserResolver users;

    public ChartResource(SessionStore sessions, ChartImages images, UserResolver users) {
        this.sessions = sessions;
        this.images = images;
        this.users = users;
    }

    @GET
    @Produces("image/png")
    public Response png(@PathParam("run_id") String runId) {
        String userId = users.userId();
        UUID id;
        try {
            id = UUID.fromString(runId);
        } catch (IllegalArgumentException e) {
            return ApiError.notFound("Run " + runId);
        }
        return sessions.run(id, userId)
                .map(run -> images.png(run)
                        .map(png -> Response.ok(png, "image/png").header("Cache-Control", "private, max-age=3600")
                                .build())
                        .orElseGet(() -> ApiError.response(404, "no_chart", "Run " + runId + " has no chart")))
                .orElseGet(() -> ApiError.notFound("Run " + runId));
    }
}
