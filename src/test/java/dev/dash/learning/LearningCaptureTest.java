package dev.dash.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.VectorIndex;
import dev.dash.retrieval.Viewer;
import dev.dash.run.Origin;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import dev.dash.testsupport.SampleData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningCaptureTest {

    private static final String FAILING = "SELECT plan_name, SUM(mrr) FROM subscriptions GROUP BY plan_name";
    private static final String FIXED = "SELECT plan, SUM(mrr) FROM subscriptions WHERE status = 'active' GROUP BY plan";
    private static final Origin ALICE = new Origin("alice", "s-1", UUID.randomUUID());
    private static final Origin BOB = new Origin("bob", "s-2", UUID.randomUUID());

    @Inject
    LearningCapture capture;
    @Inject
    LearningRepository repository;
    @Inject
    LearningStore store;
    @Inject
    Retriever retriever;
    @Inject
    SqlRunner sql;
    @Inject
    SampleData data;

    @Inject
    VectorIndex index;
    @Inject
    AgroalDataSource db;

    @BeforeEach
    void freshLearnings() throws Exception {
        data.ensureLoaded();
        index.removeKinds(List.of("learning"));
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.execute("DELETE FROM dash_internal.learnings");
        }
    }

    @Test
    void aFailureFixedLaterInTheRunBecomesALearning() {
        Origin origin = new Origin("alice", "s-1", UUID.randomUUID());
        SqlAttempts attempts = capture.start(origin);

        assertThat(attempts.record(sql.read(FAILING))).isEmpty();
        assertThat(attempts.record(sql.read("SELECT count(*) FROM customers"))).as("other tables: not a fix").isEmpty();
        long id = attempts.record(sql.read(FIXED)).orElseThrow();

        Learning learning = repository.byIds(List.of(id)).getFirst();
        assertThat(learning.source()).isEqualTo(Learning.AUTO);
        assertThat(learning.failingSql()).startsWith(FAILING);
        assertThat(learning.fixedSql()).startsWith(FIXED);
        assertThat(learning.errorState()).isEqualTo("42703");
        assertThat(learning.errorMessage()).contains("plan_name");
        assertThat(learning.tables()).containsExactly("subscriptions");
        assertThat(learning.lesson()).contains("plan_name").contains("dropped");
        assertThat(learning.userId()).isEqualTo("alice");
        assertThat(learning.runId()).isEqualTo(origin.runId().toString());

        assertThat(retriever.retrieve("MRR by plan name", Viewer.user("alice")).entries()).extracting(e -> e.ref())
                .contains(learning.ref());
    }

    @Test
    void theSameLessonTwiceIsMergedNotPiledUp() {
        long first = capture.start(Origin.none()).record(sql.read(FAILING)).orElse(-1L);
        assertThat(first).as("a failure alone is no learning").isEqualTo(-1L);

        SqlAttempts run1 = capture.start(ALICE);
        run1.record(sql.read(FAILING));
        long id1 = run1.record(sql.read(FIXED)).orElseThrow();
        int usedBefore = repository.byIds(List.of(id1)).getFirst().timesUsed();

        SqlAttempts run2 = capture.start(ALICE);
        run2.record(sql.read(FAILING));
        long id2 = run2.record(sql.read(FIXED)).orElseThrow();

        assertThat(id2).isEqualTo(id1);
        assertThat(repository.byIds(List.of(id1)).getFirst().timesUsed()).isGreaterThan(usedBefore);
    }

    @Test
    void anotherUsersSameLessonIsTheirsUntilOneIsApproved() {
        SqlAttempts alice = capture.start(ALICE);
        alice.record(sql.read(FAILING));
        long alices = alice.record(sql.read(FIXED)).orElseThrow();

        SqlAttempts bob = capture.start(BOB);
        bob.record(sql.read(FAILING));
        long bobs = bob.record(sql.read(FIXED)).orElseThrow();
        assertThat(bobs).as("not merged into a learning bob's runs cannot see").isNotEqualTo(alices);
        assertThat(retriever.retrieve("MRR by plan name", Viewer.user("bob")).entries()).extracting(e -> e.ref())
                .contains("learning:" + bobs).doesNotContain("learning:" + alices);

        assertThat(store.approve(alices, true, "reviewer")).isPresent();
        SqlAttempts carol = capture.start(new Origin("carol", "s-3", UUID.randomUUID()));
        carol.record(sql.read(FAILING));
        assertThat(carol.record(sql.read(FIXED))).as("merged into the approved one").contains(alices);
        assertThat(retriever.retrieve("MRR by plan name", Viewer.user("bob")).entries()).extracting(e -> e.ref())
                .contains("learning:" + alices);
    }

    @Test
    void agentsSaveLearningsExplicitlyAndFindThemBySearch() {
        long id = store.save("Usage is sampled", "usage_metrics has 3-5 rows per customer-month: average, never sum.",
                new Origin("bob", "s-2", null));
        assertThat(repository.byIds(List.of(id)).getFirst().source()).isEqualTo(Learning.AGENT);
        assertThat(store.search("how should I aggregate usage_metrics", 3, Viewer.user("bob")))
                .contains("learning:" + id);
    }

    @Test
    void refusalsOfTheGuardAreNotLearnings() {
        SqlAttempts attempts = capture.start(Origin.none());
        SqlOutcome refused = sql.read("DELETE FROM subscriptions");
        assertThat(refused).isInstanceOf(SqlOutcome.Failure.class);
        attempts.record(refused);
        assertThat(attempts.record(sql.read(FIXED))).isEmpty();
    }
}
