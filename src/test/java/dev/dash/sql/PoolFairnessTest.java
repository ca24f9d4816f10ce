package dev.dash.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three users whose queries hang (on a lock the test holds) take only their share of the Analyst's pool of 8 (2 each);
 * a fourth user's query still gets a connection at once, and a slow user's query past their share fails on its own.
 */
@QuarkusTest
class PoolFairnessTest {

    private static final List<String> SLOW_USERS = List.of("slow-1", "slow-2", "slow-3");
    private static final int QUERIES_PER_SLOW_USER = 3;
    private static final int SHARE = 2;
    private static final String SLOW = "SELECT count(*) FROM public.fx_customers";
    private static final Duration SLOW_WAIT = Duration.ofMillis(800);
    private static final String WAITING = "SELECT count(*) FROM pg_stat_activity WHERE usename = 'dash_analyst' "
            + "AND wait_event_type = 'Lock' AND query LIKE '%fx_customers%'";

    @Inject
    SqlRunner runner;

    @BeforeEach
    void data() {
        Fixture.load();
    }

    @Test
    void aQuickUserIsAnsweredWhileThreeSlowUsersHoldTheirShare() throws Exception {
        try (Connection holder = superuser(); Statement lock = holder.createStatement();
                ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE public.fx_customers IN ACCESS EXCLUSIVE MODE");
            List<Future<SqlOutcome>> slow = new ArrayList<>();
            for (String user : SLOW_USERS) {
                for (int i = 0; i < QUERIES_PER_SLOW_USER; i++) {
                    slow.add(users.submit(() -> runner.read(user, SLOW_WAIT, SLOW)));
                }
            }
            awaitWaiting(SLOW_USERS.size() * SHARE);

            long started = System.nanoTime();
            SqlOutcome quick = runner.read("quick", Duration.ofSeconds(2), "SELECT 1 AS one");
            long quickMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(quick).isInstanceOf(SqlOutcome.Success.class);
            assertThat(quickMs).isLessThan(1_000);
            assertThat(Fixture.scalar(WAITING)).isEqualTo((long) SLOW_USERS.size() * SHARE);

            List<SqlOutcome.Failure> refused = new ArrayList<>();
            Thread.sleep(SLOW_WAIT.toMillis() + 200);
            for (Future<SqlOutcome> f : slow) {
                if (f.isDone() && f.get() instanceof SqlOutcome.Failure failure) {
                    refused.add(failure);
                }
            }
            assertThat(refused).hasSize(SLOW_USERS.size() * (QUERIES_PER_SLOW_USER - SHARE))
                    .allSatisfy(f -> assertThat(f.sqlState()).isEqualTo(SqlRunner.SHARE_USED))
                    .allSatisfy(f -> assertThat(f.message()).contains("your share"));
            holder.rollback();
            for (Future<SqlOutcome> f : slow) {
                f.get();
            }
        }
    }

    private static void awaitWaiting(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline && !Long.valueOf(expected).equals(Fixture.scalar(WAITING))) {
            Thread.sleep(25);
        }
        assertThat(Fixture.scalar(WAITING)).as("analyst connections waiting on the lock").isEqualTo(expected);
    }

    private static Connection superuser() throws SQLException {
        String db = System.getenv().getOrDefault("DASH_TEST_DATABASE", "dash_test");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres",
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }
}
