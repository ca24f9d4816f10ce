package dev.dash.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What database setup achieved, what each pool saw at its last probe and which boundary checks hold, for /health,
 * readiness and the log.
 */
@ApplicationScoped
public class DatabaseStatus {

    private volatile boolean ready;
    private volatile String error;
    private volatile List<String> hardeningProblems = List.of();
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private final Map<String, Map<String, BoundaryProbe.Check>> boundaries = new ConcurrentHashMap<>();

    /** A pool's last probe: error is null when it lent a connection that answered. */
    public record Pool(boolean up, String error, Instant checkedAt) {
    }

    void ready(List<String> problems) {
        this.ready = true;
        this.error = null;
        this.hardeningProblems = List.copyOf(problems);
    }

    void failed(String message) {
        this.ready = false;
        this.error = message;
    }

    /** Records a probe; returns the pool's state before it (null on its first probe). */
    Pool probed(String pool, String failure) {
        return pools.put(pool, new Pool(failure == null, failure, Instant.now()));
    }

    /** Set up, and no pool failed its last probe (a pool not probed yet counts as up: setup just used it). */
    public boolean isReady() {
        return ready && pools.values().stream().allMatch(Pool::up);
    }

    /** Why the database is not ready: setup's error, else the first failing pool's. */
    public String error() {
        if (error != null) {
            return error;
        }
        return pools().entrySet().stream().filter(e -> !e.getValue().up())
                .map(e -> "pool " + e.getKey() + ": " + e.getValue().error()).findFirst().orElse(null);
    }

    public Map<String, Pool> pools() {
        return new TreeMap<>(pools);
    }

    public List<String> hardeningProblems() {
        return hardeningProblems;
    }

    void boundaries(String role, Map<String, BoundaryProbe.Check> checks) {
        boundaries.put(role, Map.copyOf(checks));
    }

    /** Each agent role's boundary checks at their last probe (none before the first). */
    public Map<String, Map<String, BoundaryProbe.Check>> boundaries() {
        return new TreeMap<>(boundaries);
    }

    /** Why the Engineer cannot build here (a read-only replica, no schema, no right), once a probe has said so. */
    public Optional<String> engineerOff() {
        BoundaryProbe.Check build = boundaries.getOrDefault("engineer", Map.of()).get("can_build");
        return build == null || build.holds() ? Optional.empty() : Optional.of(build.detail());
    }
}
