package dev.dash.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the database was set up and every pool passed its last probe, as /health reports it. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private final DatabaseStatus status;

    public DatabaseHealthCheck(DatabaseStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database")
                .withData("hardening_problems", status.hardeningProblems().size());
        status.pools().forEach((name, pool) -> response.withData("pool_" + name, pool.up() ? "ok" : "unavailable"));
        if (!status.isReady()) {
            return response.down().withData("error", String.valueOf(status.error())).build();
        }
        return response.up().build();
    }
}
