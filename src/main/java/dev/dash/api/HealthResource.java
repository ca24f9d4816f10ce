package dev.dash.api;

import dev.dash.db.BoundaryProbe;
import dev.dash.db.DatabaseStatus;
import dev.dash.http.CurrentCaller;
import dev.dash.model.ModelConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AgentOS-style health: 200 with {"status":"ok"} while the service can answer; 503 with {"status":"unavailable"} while
 * database setup failed or a pool failed its last probe (PoolProbe). Only a caller who may read the configuration
 * ({@value #DETAIL_SCOPE}; everyone in dev) also sees why: the pools, hardening problems and the model.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    static final String DETAIL_SCOPE = "config:read";
    private static final Instant STARTED = Instant.now();

    private final DatabaseStatus database;
    private final ModelConfig model;
    private final CurrentCaller caller;

    public HealthResource(DatabaseStatus database, ModelConfig model, CurrentCaller caller) {
        this.database = database;
        this.model = model;
        this.caller = caller;
    }

    /** Reads only state held in memory, on the event loop: health answers even when every worker is busy. */
    @GET
    @NonBlocking
    public Response health() {
        boolean ok = database.isReady();
        String status = ok ? "ok" : "unavailable";
        if (!caller.find().map(c -> c.may(DETAIL_SCOPE)).orElse(false)) {
            return Response.status(ok ? 200 : 503).entity(new Status(status)).build();
        }
        var body = new Health(status, STARTED.toString(),
                new DatabaseHealth(ok, database.error(), database.hardeningProblems(), pools(), database.boundaries()),
                new ModelHealth(model.online() ? "online" : "offline", model.online() ? model.name() : null));
        return Response.status(ok ? 200 : 503).entity(body).build();
    }

    private Map<String, PoolHealth> pools() {
        Map<String, PoolHealth> pools = new LinkedHashMap<>();
        database.pools().forEach((name, pool) -> pools.put(name,
                new PoolHealth(pool.up() ? "ok" : "unavailable", pool.error(), pool.checkedAt().toString())));
        return pools;
    }

    /** What anyone may know: up or not. */
    @RegisterForReflection
    public record Status(String status) {
    }

    @RegisterForReflection
    public record Health(String status, String instantiated_at, DatabaseHealth database, ModelHealth model) {
    }

    /** offline: no model configured; only questions matching a validated query are answered. */
    @RegisterForReflection
    public record ModelHealth(String mode, String name) {
    }

    @RegisterForReflection
    public record DatabaseHealth(boolean ready, String error, List<String> hardening_problems,
            Map<String, PoolHealth> pools, Map<String, Map<String, BoundaryProbe.Check>> boundaries) {
    }

    /** A datasource's pool at its last probe: default (the service's own login), analyst, engineer. */
    @RegisterForReflection
    public record PoolHealth(String status, String error, String checked_at) {
    }
}
