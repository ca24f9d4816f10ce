package dev.dash.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.schedule.SlotClaims;
import dev.dash.slack.SlackClient;
import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduled reports from report files: zero model calls, one post per slot across replicas, nothing half-done. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class ReportsTest {

    private static final FakeSlack SLACK = FakeSlack.get();

    @Inject
    ReportFiles files;
    @Inject
    ReportRunner runner;
    @Inject
    ReportWriter writer;
    @Inject
    SlackClient slack;
    @Inject
    ReportConfig config;
    @Inject
    AgroalDataSource db;
    @Inject
    TestKnowledge knowledge;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void queries() {
        SLACK.reset();
        Fixture.execute("DELETE FROM dash_internal.schedule_slots WHERE slot >= '2030-01-01'");
        knowledge.reportQueries();
    }

    /** Left approved, they would answer other classes' questions on the fast path. */
    @AfterEach
    void forgetQueries() {
        knowledge.removeReportQueries();
    }

    @Test
    void reportFilesAreReadAndInvalidOnesSkipped() {
        assertThat(files.all()).extracting(Report::name).containsExactly("fx_broken", "fx_digest");
        given().get("/api/reports").then().statusCode(200)
                .body("name", contains("fx_broken", "fx_digest"))
                .body("[1].time_zone", equalTo("Europe/Berlin"))
                .body("[1].queries", contains("fx_customer_count", "fx_mrr_by_plan"))
                .body("[1].next_run", equalTo("2099-01-01T08:00:00Z"));
    }

    @Test
    void twoReplicasOnOneDatabasePostASlotExactlyOnceWithoutTheModel() throws Exception {
        Report digest = files.named("fx_digest").orElseThrow();
        Instant slot = Instant.parse("2030-03-04T08:00:00Z");
        int modelCalls = ScriptedModel.get().requests().size();
        ReportRunner otherReplica = new ReportRunner(writer, slack, new SlotClaims(db, "replica-2"), config);

        var pool = Executors.newFixedThreadPool(2);
        var outcomes = pool.invokeAll(List.<Callable<ReportRunner.Outcome>>of(() -> runner.run(digest, slot),
                () -> otherReplica.run(digest, slot)));
        pool.shutdown();

        assertThat(outcomes.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder(ReportRunner.Outcome.POSTED, ReportRunner.Outcome.TAKEN_ELSEWHERE);
        List<FakeSlack.Call> posts = SLACK.calls("chat.postMessage");
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().param("channel")).isEqualTo("C_REPORTS");
        assertThat(posts.getFirst().param("text")).startsWith("*FX digest* · Mon 4 Mar 2030")
                .contains("*Customers and their total MRR*\nCustomers: *5* · MRR: *$1,420.00*")
                .contains("*MRR per plan, highest first*\n```\nPlan           MRR\npro      $1,200.00\nstarter    $220.00\nfree         $0.00\n```");
        assertThat(ScriptedModel.get().requests()).hasSize(modelCalls);
        assertThat(slotStatus("report:fx_digest", slot)).isEqualTo("done");
        // The same slot again (a late trigger, a restart) posts nothing more.
        assertThat(runner.run(digest, slot)).isEqualTo(ReportRunner.Outcome.TAKEN_ELSEWHERE);
        assertThat(SLACK.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aFailingReportPostsNothingRecordsWhyAndRunsAgainAtTheNextSlot() {
        Report broken = files.named("fx_broken").orElseThrow();
        Instant slot = Instant.parse("2030-03-11T08:00:00Z");

        assertThat(runner.run(broken, slot)).isEqualTo(ReportRunner.Outcome.FAILED);

        assertThat(SLACK.calls("chat.postMessage")).isEmpty();
        assertThat(slotStatus("report:fx_broken", slot)).isEqualTo("failed");
        assertThat(Fixture.scalar("SELECT detail FROM dash_internal.schedule_slots WHERE job = 'report:fx_broken'"
                + " AND slot = '" + slot + "'")).isEqualTo("no validated query named fx_no_such_query");
        assertThat(runner.run(broken, slot.plusSeconds(7 * 86400))).isEqualTo(ReportRunner.Outcome.FAILED);
    }

    @Test
    void aSlackRefusalIsAFailureToo() {
        SLACK.fail("chat.postMessage", "channel_not_found");
        Instant slot = Instant.parse("2030-03-18T08:00:00Z");

        assertThat(runner.run(files.named("fx_digest").orElseThrow(), slot)).isEqualTo(ReportRunner.Outcome.FAILED);
        assertThat(Fixture.scalar("SELECT detail FROM dash_internal.schedule_slots WHERE job = 'report:fx_digest'"
                + " AND slot = '" + slot + "'")).isEqualTo("Slack refused the call: channel_not_found");
    }

    @Test
    void aSlotWhoseReplicaStoppedMidPostIsTakenOverOnlyAfterItsLease() {
        Report digest = files.named("fx_digest").orElseThrow();
        Instant stale = Instant.parse("2030-03-25T08:00:00Z");
        Instant live = Instant.parse("2030-04-01T08:00:00Z");
        Fixture.execute("INSERT INTO dash_internal.schedule_slots (job, slot, status, replica, lease_until) VALUES "
                + "('report:fx_digest', '" + stale + "', 'running', 'gone', now() - interval '1 minute'), "
                + "('report:fx_digest', '" + live + "', 'running', 'busy', now() + interval '5 minutes')");

        assertThat(runner.run(digest, live)).isEqualTo(ReportRunner.Outcome.TAKEN_ELSEWHERE);
        assertThat(runner.run(digest, stale)).isEqualTo(ReportRunner.Outcome.POSTED);
        assertThat(SLACK.calls("chat.postMessage")).hasSize(1);
        assertThat(Fixture.scalar("SELECT attempts FROM dash_internal.schedule_slots WHERE job = 'report:fx_digest'"
                + " AND slot = '" + stale + "'")).isEqualTo(2);
    }

    @Test
    void aScheduledJobRunsOncePerSlotAcrossReplicas() {
        Instant slot = Instant.parse("2030-05-01T04:00:00Z");
        SlotClaims one = new SlotClaims(db, "replica-1");
        SlotClaims two = new SlotClaims(db, "replica-2");

        assertThat(one.claim("knowledge-reload", slot, config.lease())).isPresent();
        assertThat(two.claim("knowledge-reload", slot.plusMillis(300), config.lease())).isEmpty();
        assertThat(two.claim("knowledge-reload", slot.plusSeconds(86400), config.lease())).isPresent();
    }

    private static String slotStatus(String job, Instant slot) {
        return (String) Fixture.scalar("SELECT status FROM dash_internal.schedule_slots WHERE job = '" + job
                + "' AND slot = '" + slot + "'");
    }
}
