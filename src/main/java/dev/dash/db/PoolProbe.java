package dev.dash.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Borrows a connection from each pool on a schedule and checks it answers, so /health reports what requests would meet
 * (after a database restart, while it is down, and as soon as it is back) without touching the database itself.
 * Runs on a virtual thread: a busy worker pool or event loop never delays it.
 */
@ApplicationScoped
public class PoolProbe {

    private static final Logger LOG = Logger.getLogger(PoolProbe.class);

    private final Map<String, AgroalDataSource> pools;
    private final DatabaseStatus status;
    private final int timeoutSeconds;

    public PoolProbe(AgroalDataSource owner, @DataSource("analyst") AgroalDataSource analyst,
            @DataSource("engineer") AgroalDataSource engineer, DatabaseStatus status, DbConfig config) {
        this.pools = Map.of("default", owner, "analyst", analyst, "engineer", engineer);
        this.status = status;
        this.timeoutSeconds = (int) Math.max(1, config.health().timeout().toSeconds());
    }

    @Scheduled(every = "{dash.db.health.interval}", identity = "pool-probe",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @RunOnVirtualThread
    void probe() {
        pools.forEach((name, pool) -> {
            String failure = check(pool);
            DatabaseStatus.Pool before = status.probed(name, failure);
            if (failure != null && (before == null || before.up())) {
                LOG.warnf("Database pool %s is unavailable: %s", name, failure);
            } else if (failure == null && before != null && !before.up()) {
                LOG.infof("Database pool %s is available again", name);
            }
        });
    }

    /** Null when the pool lent a connection that answered within the timeout, else why not. */
    private String check(AgroalDataSource pool) {
        try (Connection c = pool.getConnection()) {
            return c.isValid(timeoutSeconds) ? null : "no answer within " + timeoutSeconds + " s";
        } catch (SQLException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }
}
