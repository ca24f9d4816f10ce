package dev.dash.session;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.update;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.run.Origin;
import dev.dash.run.Route;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.run.Via;
import dev.dash.testsupport.ScriptedModelResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database: a run is stored as running when it starts; another replica leaves it alone while its
 * replica is alive, and marks it interrupted (question kept) once that replica has not been heard from for the lease.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class ReplicaLeaseTest {

    private static final ReplicaConfig FAST = config(Duration.ofSeconds(1), Duration.ofSeconds(3));
    private static final Duration LONGEST = Duration.ofMinutes(3);
    private static final String QUESTION = "How many fx customers are on the pro plan?";

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void aLiveReplicasRunIsLeftAloneAndAStoppedOnesIsMarkedInterruptedWithItsQuestion() {
        String user = "lease-" + UUID.randomUUID();
        Replica a = new Replica(db, FAST, LONGEST, "test-a-" + UUID.randomUUID());
        Replica b = new Replica(db, FAST, LONGEST, "test-b-" + UUID.randomUUID());
        RunLog runsOfA = new RunLog(db, json, a);
        SessionRef session = new SessionRef(UUID.randomUUID().toString(), Via.API, SessionStore.Component.TEAM);
        UUID run = UUID.randomUUID();

        runsOfA.started(session, new Origin(user, session.id(), run), QUESTION);
        assertThat(status(run)).isEqualTo("running");
        given().header("X-User-Id", user).get("/api/sessions/" + session.id()).then().statusCode(200)
                .body("runs[0].status", equalTo("running")).body("runs[0].question", equalTo(QUESTION));

        b.tick();
        assertThat(status(run)).as("A is alive: B leaves its run alone").isEqualTo("running");

        // A stops saying it is alive (killed): once its lease ran out, B marks its run.
        update(db, "UPDATE dash_internal.replicas SET seen_at = now() - interval '10 seconds' WHERE id = ?",
                List.of(a.id()));
        b.tick();
        assertThat(status(run)).isEqualTo("interrupted");
        given().header("X-User-Id", user).get("/api/sessions/" + session.id()).then().statusCode(200)
                .body("runs[0].status", equalTo("interrupted")).body("runs[0].question", equalTo(QUESTION))
                .body("runs[0].error.code", equalTo("interrupted"))
                .body("runs[0].error.message", equalTo(Replica.INTERRUPTED));
        given().header("Authorization", "Bearer ignored-in-dev").header("X-User-Id", user)
                .get("/sessions/" + session.id() + "/runs").then().statusCode(200)
                .body("[0].status", equalTo("ERROR")).body("[0].content", equalTo(Replica.INTERRUPTED))
                .body("[0].run_input", equalTo(QUESTION));

        // A was only slow after all: its answer replaces the mark.
        runsOfA.finished(new RunResponse(run, session.id(), user, RunStatus.COMPLETED, Route.ANALYST, "Two.", null,
                List.of(), null, new RunResponse.Trace(5, List.of(), List.of(), List.of()), null, null, null,
                List.of()));
        assertThat(status(run)).isEqualTo("completed");
    }

    @Test
    void aReplicaStoppingCleanlyMarksItsOwnRunsAndLeavesOthersAlone() {
        Replica a = new Replica(db, FAST, LONGEST, "test-a-" + UUID.randomUUID());
        Replica b = new Replica(db, FAST, LONGEST, "test-b-" + UUID.randomUUID());
        b.beat();
        UUID ofA = startRun(a);
        UUID ofB = startRun(b);

        a.stop(null);

        assertThat(status(ofA)).isEqualTo("interrupted");
        assertThat(status(ofB)).isEqualTo("running");
        b.stop(null);
    }

    @Test
    void aRunOlderThanAnyRunCanLastIsOverEvenOnALiveReplica() {
        Replica live = new Replica(db, FAST, Duration.ofMinutes(1), "test-live-" + UUID.randomUUID());
        live.beat();
        UUID stuck = startRun(live);
        UUID fresh = startRun(live);
        update(db, "UPDATE dash_internal.runs SET created_at = now() - interval '2 minutes' WHERE id = ?",
                List.of(stuck));

        live.tick();

        assertThat(status(stuck)).isEqualTo("interrupted");
        assertThat(status(fresh)).isEqualTo("running");
        live.stop(null);
    }

    @Test
    void aLeaseShorterThanThreeHeartbeatsIsRefused() {
        assertThatThrownBy(() -> new Replica(db, config(Duration.ofSeconds(10), Duration.ofSeconds(20)), LONGEST,
                "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dash.replica.lease");
    }

    private UUID startRun(Replica replica) {
        SessionRef session = new SessionRef(UUID.randomUUID().toString(), Via.API, SessionStore.Component.TEAM);
        UUID run = UUID.randomUUID();
        new RunLog(db, json, replica).started(session, new Origin("lease-user", session.id(), run), QUESTION);
        return run;
    }

    private String status(UUID run) {
        String[] status = new String[1];
        query(db, "SELECT status FROM dash_internal.runs WHERE id = ?", List.of(run), rs -> status[0] = rs.getString(1));
        return status[0];
    }

    private static ReplicaConfig config(Duration heartbeat, Duration lease) {
        return new ReplicaConfig() {
            @Override
            public Duration heartbeat() {
                return heartbeat;
            }

            @Override
            public Duration lease() {
                return lease;
            }
        };
    }
}
