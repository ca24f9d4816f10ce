package dev.dash.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the database was set up and still answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private final AgroalDataSource owner;
    private final DatabaseStatus status;

    public DatabaseHealthCheck(AgroalDataSource owner, DatabaseStatus status) {
        this.owner = owner;
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database")
                .withData("hardening_problems", status.hardeningProblems().size());
        if (!status.isReady()) {
            return response.down().withData("error", String.valueOf(status.error())).build();
        }
        try (var c = owner.getConnection()) {
            return response.status(c.isValid(2)).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
