package dev.dash.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dash.schedule.SlotClaims;
import dev.dash.slack.SlackClient;
import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report is posted at most once: a replica that stops between posting and marking the slot causes no second post. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class ReportCrashTest {

    private static final FakeSlack SLACK = FakeSlack.get();
    private static final String JOB = "report:fx_digest";

    @Inject
    ReportFiles files;
    @Inject
    ReportWriter writer;
    @Inject
    SlackClient slack;
    @Inject
    ReportConfig config;
    @Inject
    ReportSchedule schedule;
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
    void aReplicaThatStopsAfterPostingIsNotFollowedByASecondPost() {
        Report digest = files.named("fx_digest").orElseThrow();
        Instant slot = Instant.parse("2030-06-03T08:00:00Z");
        ReportRunner dying = new ReportRunner(writer, slack, new StopsBeforeMarkingDone(db), config);

        assertThatThrownBy(() -> dying.run(digest, slot)).isInstanceOf(ReplicaStopped.class);
        assertThat(SLACK.calls("chat.postMessage")).hasSize(1);
        // Its lease runs out: the slot is now up for another replica and for the recovery sweep.
        Fixture.execute("UPDATE dash_internal.schedule_slots SET lease_until = now() - interval '1 minute' "
                + "WHERE job = '" + JOB + "' AND slot = '" + slot + "'");

        ReportRunner otherReplica = new ReportRunner(writer, slack, new SlotClaims(db, "replica-2"), config);
        assertThat(otherReplica.run(digest, slot)).isEqualTo(ReportRunner.Outcome.TAKEN_ELSEWHERE);
        schedule.recover();

        assertThat(SLACK.calls("chat.postMessage")).hasSize(1);
        assertThat(Fixture.scalar("SELECT status FROM dash_internal.schedule_slots WHERE job = '" + JOB
                + "' AND slot = '" + slot + "'")).isEqualTo("failed");
        assertThat((String) Fixture.scalar("SELECT detail FROM dash_internal.schedule_slots WHERE job = '" + JOB
                + "' AND slot = '" + slot + "'")).contains("may have been posted").contains("not posted again");
    }

    /** A replica that dies right after Slack took the report, before the slot is marked done. */
    private static final class StopsBeforeMarkingDone extends SlotClaims {

        StopsBeforeMarkingDone(AgroalDataSource db) {
            super(db, "replica-1");
        }

        @Override
        public void done(Claim claim, String detail) {
            throw new ReplicaStopped();
        }
    }

    /** Stands for the process ending: no handler of the runner may catch it. */
    private static final class ReplicaStopped extends Error {
    }
}
