package dev.dash.slack;

import static dev.dash.testsupport.Fixture.PRO_COUNT;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static dev.dash.testsupport.SlackRequests.callback;
import static dev.dash.testsupport.SlackRequests.eventId;
import static dev.dash.testsupport.SlackRequests.message;
import static dev.dash.testsupport.SlackRequests.newTs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SlackRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's Events API end to end: signed requests in, the real SDK out to a local Slack, the real agent in between. A
 * message is answered in its thread, a thread continues one session, and a retried event is answered once.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SlackEventsTest {

    private static final FakeSlack SLACK = FakeSlack.get();
    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String PRO_QUESTION = "How many fx customers are on the pro plan?";

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void reset() {
        SLACK.reset();
    }

    @Test
    void aDirectMessageIsAnsweredInItsThreadReplacingTheWorkingNote() throws Exception {
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are **2** customers on the pro plan."));
        String ts = newTs();

        SlackRequests.post(callback(eventId(), message("D1", "im", "U1", PRO_QUESTION, ts, null)))
                .statusCode(200).body("status", equalTo("ok"));

        var update = SLACK.await("chat.update", c -> "D1".equals(c.param("channel")), DEADLINE).getFirst();
        List<FakeSlack.Call> posts = SLACK.calls("chat.postMessage");
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().param("thread_ts")).isEqualTo(ts);
        assertThat(posts.getFirst().param("text")).isEqualTo(SlackConversation.WORKING);
        assertThat(update.param("ts")).isNotBlank().isNotEqualTo(ts);
        assertThat(update.param("text")).isEqualTo("There are *2* customers on the pro plan.\n\n_Sources: ad-hoc SQL_");
        assertThat(runsOf("D1:" + ts)).containsExactly("U1|" + PRO_QUESTION);

        // One number is drawn as a big figure: its PNG goes into the same thread.
        var completed = SLACK.await("files.completeUploadExternal",
                c -> "D1".equals(c.param("channel_id")) && ts.equals(c.param("thread_ts")), DEADLINE);
        assertThat(completed).isNotEmpty();
        assertThat(SLACK.calls("upload")).extracting(c -> Integer.parseInt(c.param("bytes")))
                .anySatisfy(bytes -> assertThat(bytes).isGreaterThan(1000));
    }

    @Test
    void aLeaderThatDelegatesAnswersFromSlackTooOutsideAnyHttpRequest() throws Exception {
        MODEL.script(tool("delegate_task_to_member", "member_id", "analyst", "task", "Count pro fx customers"),
                tool("run_sql_query", "query", PRO_COUNT), text("2 pro customers."),
                text("You have 2 pro customers; the free plan is next."));
        String ts = newTs();

        SlackRequests.post(callback(eventId(), message("D5", "im", "U5",
                "How many pro fx customers are there? And how many free ones?", ts, null))).statusCode(200);

        var update = SLACK.await("chat.update", c -> "D5".equals(c.param("channel")), DEADLINE).getFirst();
        assertThat(update.param("text"))
                .isEqualTo("You have 2 pro customers; the free plan is next.\n\n_Sources: ad-hoc SQL_");
        assertThat(MODEL.requests()).hasSize(4);
    }

    @Test
    void aMentionAndThenAReplyInItsThreadContinueOneSession() throws Exception {
        MODEL.script(text("Two customers are on the pro plan."));
        String ts = newTs();
        String mention = "{\"type\":\"app_mention\",\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"<@U_DASH> "
                + PRO_QUESTION + "\",\"ts\":\"" + ts + "\"}";
        SlackRequests.post(callback(eventId(), mention)).statusCode(200);
        // Slack also delivers the mention as a channel message: answered once, as the mention.
        SlackRequests.post(callback(eventId(), message("C1", "channel", "U1", "<@U_DASH> " + PRO_QUESTION, ts, null)))
                .statusCode(200);
        SLACK.await("chat.update", c -> "C1".equals(c.param("channel")), DEADLINE);

        MODEL.script(text("Two customers are on the free plan... no, one."));
        String reply = newTs();
        SlackRequests.post(callback(eventId(), message("C1", "channel", "U2", "And on the free plan?", reply, ts)))
                .statusCode(200);
        SLACK.await("chat.update", c -> c.param("text").contains("free plan"), DEADLINE);

        List<FakeSlack.Call> posts = SLACK.calls("chat.postMessage");
        assertThat(posts).extracting(c -> c.param("thread_ts")).containsExactly(ts, ts);
        assertThat(SLACK.calls("chat.update")).hasSize(2);
        assertThat(runsOf("C1:" + ts)).containsExactly("U1|" + PRO_QUESTION, "U2|And on the free plan?");
    }

    @Test
    void aRetriedEventIsAnsweredOnceEvenWhenAnotherReplicaSeesIt() throws Exception {
        MODEL.script(text("Hello! Ask me about your data."));
        String id = eventId();
        String ts = newTs();
        String body = callback(id, message("D2", "im", "U1", "hello", ts, null));

        SlackRequests.post(body).statusCode(200);
        SlackRequests.post(body, System.currentTimeMillis() / 1000, FakeSlackResource.SIGNING_SECRET, "1")
                .statusCode(200).body("status", equalTo("ok"));
        SLACK.await("chat.update", c -> "D2".equals(c.param("channel")), DEADLINE);

        assertThat(SLACK.calls("chat.postMessage")).hasSize(1);
        assertThat(runsOf("D2:" + ts)).hasSize(1);
        // A second replica on the same database: its own event log refuses what the first one took.
        SlackEventLog otherReplica = new SlackEventLog(db);
        assertThat(otherReplica.firstTime(id)).isFalse();
        String fresh = eventId();
        assertThat(otherReplica.firstTime(fresh)).isTrue();
        assertThat(new SlackEventLog(db).firstTime(fresh)).isFalse();
    }

    private List<String> runsOf(String sessionId) {
        List<String> runs = new java.util.ArrayList<>();
        dev.dash.db.Jdbc.query(db, "SELECT user_id, question FROM dash_internal.runs WHERE session_id = ? "
                + "ORDER BY created_at", List.of(sessionId), rs -> runs.add(rs.getString(1) + "|" + rs.getString(2)));
        return runs;
    }
}
