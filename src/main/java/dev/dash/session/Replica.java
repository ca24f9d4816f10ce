package dev.dash.session;

import static dev.dash.db.Jdbc.update;

import dev.dash.db.SqlResource;
import dev.dash.run.RunConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * This process as one replica of the service: it says it is alive every heartbeat ({@code dash.replica.*}), and then
 * marks interrupted the running runs of replicas not heard from within the lease, which stopped without finishing
 * them (killed, crashed). A live replica's runs are never touched, however many share the database; a process that
 * stops cleanly marks its own. A run that finishes after all overwrites the mark with its answer.
 */
@ApplicationScoped
public class Replica {

    /** What an interrupted run says instead of an answer. */
    public static final String INTERRUPTED = "The service stopped before this question was answered. Please ask again.";

    private static final Logger LOG = Logger.getLogger(Replica.class);
    private static final String STALE = "DELETE FROM dash_internal.replicas WHERE seen_at < now() - interval '1 day'";

    private final AgroalDataSource db;
    private final ReplicaConfig config;
    private final Duration longest;
    private final String id;
    private final String heartbeatSql = SqlResource.read("session/heartbeat.sql");
    private final String interruptSql = SqlResource.read("session/interrupt.sql");
    private ScheduledExecutorService ticks;
    private volatile boolean registered;

    @Inject
    public Replica(AgroalDataSource db, ReplicaConfig config, RunConfig runs) {
        this(db, config, runs.deadline().multipliedBy(2),
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /**
     * A replica with a name of its own (tests run two on one database); a run older than {@code longest} is over
     * whatever its row says (twice the run deadline: its end could not be stored).
     */
    public Replica(AgroalDataSource db, ReplicaConfig config, Duration longest, String id) {
        if (config.lease().compareTo(config.heartbeat().multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("dash.replica.lease (" + config.lease()
                    + ") must be at least three heartbeats (dash.replica.heartbeat " + config.heartbeat() + ")");
        }
        this.db = db;
        this.config = config;
        this.longest = longest;
        this.id = id;
    }

    public String id() {
        return id;
    }

    void start(@Observes StartupEvent startup) {
        tick();
        long every = config.heartbeat().toMillis();
        ticks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dash-replica").daemon()
                .factory());
        ticks.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Runs still running here when the process stops cleanly end as interrupted; the replica leaves. */
    void stop(@Observes ShutdownEvent shutdown) {
        if (ticks != null) {
            ticks.shutdownNow();
        }
        try {
            int interrupted = interrupt(id);
            update(db, "DELETE FROM dash_internal.replicas WHERE id = ?", List.of(id));
            if (interrupted > 0) {
                LOG.warnf("%d run(s) in flight marked interrupted: the service is stopping", interrupted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Runs in flight not marked at shutdown (another replica will, after the lease): %s",
                    e.getMessage());
        }
    }

    /** One heartbeat: alive now, then the runs of replicas that stopped are marked interrupted. */
    public void tick() {
        try {
            beat();
            int interrupted = interrupt(null);
            if (interrupted > 0) {
                LOG.warnf("%d run(s) of a stopped replica marked interrupted", interrupted);
            }
            update(db, STALE, List.of());
        } catch (RuntimeException e) {
            LOG.warnf("Replica heartbeat failed (retrying in %s): %s", config.heartbeat(), e.getMessage());
        }
    }

    /** Says this replica is alive; before its first run, so a run never belongs to an unknown replica. */
    public void beat() {
        update(db, heartbeatSql, List.of(id));
        registered = true;
    }

    void ensureRegistered() {
        if (!registered) {
            beat();
        }
    }

    /** Marks interrupted the runs of stopped replicas, and the named replica's (null: none); returns how many. */
    private int interrupt(String stopping) {
        return update(db, interruptSql, Arrays.asList(INTERRUPTED, INTERRUPTED, INTERRUPTED, stopping,
                (double) longest.toSeconds(), (double) config.lease().toMillis() / 1000));
    }
}
