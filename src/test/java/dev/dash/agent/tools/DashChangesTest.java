package dev.dash.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.db.DataConfig;
import dev.dash.http.Scopes;
import dev.dash.run.Asker;
import dev.dash.run.Origin;
import dev.dash.run.RunEvents;
import dev.dash.run.Via;
import dev.dash.sql.EngineerStatement;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import dev.dash.testsupport.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two users building on the same free name at the same moment: one builds it, the other is refused, never replaces it. */
@QuarkusTest
class DashChangesTest {

    private static final String VIEW = "dash.fx_race";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    DashChanges changes;

    @Inject
    SqlRunner runner;

    @Inject
    DataConfig data;

    @BeforeEach
    @AfterEach
    void clean() {
        Fixture.execute("DROP VIEW IF EXISTS " + VIEW);
        Fixture.execute("DELETE FROM dash_internal.engineer_objects WHERE name = '" + VIEW + "'");
    }

    @Test
    void twoUsersCannotBothFindANameFree() throws Exception {
        CountDownLatch aliceDeciding = new CountDownLatch(1);
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<ToolResult> alice = users.submit(() -> build("alice", "SELECT 'alice' AS made_by", aliceDeciding));
            assertThat(aliceDeciding.await(5, TimeUnit.SECONDS)).isTrue();
            Future<ToolResult> bob = users.submit(() -> build("bob", "SELECT 'bob' AS made_by", new CountDownLatch(1)));

            assertThat(alice.get(10, TimeUnit.SECONDS).ok()).isTrue();
            ToolResult bobs = bob.get(10, TimeUnit.SECONDS);
            assertThat(bobs.ok()).isFalse();
            assertThat(bobs.text()).contains("built by another user");
        }
        assertThat(Fixture.scalar("SELECT made_by FROM " + VIEW)).isEqualTo("alice");
    }

    /** A CREATE OR REPLACE by this user whose statement starts only a moment after it was allowed. */
    private ToolResult build(String user, String select, CountDownLatch deciding) {
        RunContext run = new RunContext(new Asker(user, Set.of(Scopes.ADMIN), Via.API),
                new Origin(user, user + "-" + UUID.randomUUID(), UUID.randomUUID()), "build", RunEvents.NONE, WAIT);
        String sql = "CREATE OR REPLACE VIEW " + VIEW + " AS " + select;
        return changes.apply(EngineerStatement.of(sql, data.engineer()), run, () -> {
            deciding.countDown();
            sleep();
            SqlOutcome outcome = runner.engineer(user, WAIT, sql);
            return outcome instanceof SqlOutcome.Success ? ToolResult.ok("built", "built")
                    : ToolResult.failed(((SqlOutcome.Failure) outcome).message());
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
