package dev.dash.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The security boundary as it is, not as configured: logs in as each agent role and asks PostgreSQL what that role
 * can do (write company data? read Dash's internal tables? is a statement timeout in force? may the Engineer build?).
 * /health shows the answers; a check that does not hold is logged as a warning.
 */
@ApplicationScoped
public class BoundaryProbe {

    private static final Logger LOG = Logger.getLogger(BoundaryProbe.class);
    private static final Duration SETUP_WAIT = Duration.ofMinutes(1);

    /** One check: whether the boundary holds, and what was found. */
    public record Check(boolean holds, String detail) {
    }

    private final Map<String, AgroalDataSource> roles;
    private final List<String> schemas;
    private final String engineerSchema;
    private final DatabaseStatus status;

    public BoundaryProbe(@DataSource("analyst") AgroalDataSource analyst,
            @DataSource("engineer") AgroalDataSource engineer, DataConfig data, DatabaseStatus status) {
        this.roles = Map.of("analyst", analyst, "engineer", engineer);
        this.schemas = data.analystSchemas();
        this.engineerSchema = data.engineer().name();
        this.status = status;
    }

    /** Once database setup is done (the roles exist), within a minute of startup. */
    void atStartup(@Observes StartupEvent started) {
        Thread.ofVirtual().name("boundary-probe").start(() -> {
            long deadline = System.nanoTime() + SETUP_WAIT.toNanos();
            while (!status.isReady() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
            probe();
        });
    }

    @Scheduled(every = "{dash.db.boundary-interval}", delayed = "{dash.db.boundary-interval}",
            identity = "boundary-probe", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @RunOnVirtualThread
    public void probe() {
        roles.forEach((role, pool) -> {
            Map<String, Check> checks = probe(role, pool);
            checks.forEach((name, check) -> {
                if (!check.holds()) {
                    LOG.warnf("Boundary check %s does not hold for dash_%s: %s", name, role, check.detail());
                }
            });
            status.boundaries(role, checks);
        });
    }

    private Map<String, Check> probe(String role, AgroalDataSource pool) {
        Map<String, Check> checks = new LinkedHashMap<>();
        try (Connection c = pool.getConnection()) {
            try (var s = c.prepareStatement(SqlResource.read("db/boundary/probe.sql"))) {
                s.setArray(1, c.createArrayOf("text", schemas.toArray()));
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        checks.put(rs.getString(1), new Check(rs.getBoolean(2), rs.getString(3)));
                    }
                }
            }
            if (role.equals("engineer")) {
                try (var s = c.prepareStatement(SqlResource.read("db/boundary/engineer-builds.sql"))) {
                    s.setString(1, engineerSchema);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        checks.put("can_build", new Check(rs.getBoolean(1), rs.getString(2)));
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            checks.put("reachable", new Check(false, String.valueOf(e.getMessage())));
        }
        return checks;
    }
}
