package dev.dash.api;

import dev.dash.db.DatabaseStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** AgentOS-style health: 200 with {"status":"ok"} while the service can answer, plus what it runs without. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Instant STARTED = Instant.now();

    private final DatabaseStatus database;

    public HealthResource(DatabaseStatus database) {
        this.database = database;
    }

    @GET
    public Response health() {
        boolean ok = database.isReady();
        var body = new Health(ok ? "ok" : "unavailable", STARTED.toString(),
                new DatabaseHealth(ok, database.error(), database.hardeningProblems()));
        return Response.status(ok ? 200 : 503).entity(body).build();
    }

    public record Health(String status, String instantiated_at, DatabaseHealth database) {
    }

    public record DatabaseHealth(boolean ready, String error, List<String> hardening_problems) {
    }
}
