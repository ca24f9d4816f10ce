package dev.dash.slack;

import static dev.dash.testsupport.Fixture.PRO_COUNT;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static dev.dash.testsupport.SlackRequests.callback;
import static dev.dash.testsupport.SlackRequests.eventId;
import static dev.dash.testsupport.SlackRequests.message;
import static dev.dash.testsupport.SlackRequests.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.SlackRequests;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a Slack thread gets back when the question is too long, when the chart cannot be attached, and when Dash asks
 * which meaning a term has.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SlackRepliesTest {

    private static final FakeSlack SLACK = FakeSlack.get();
    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEGABYTE_QUESTION = "How many customers? " + "x".repeat(1_000_000);

    @Inject
    SlackConversation conversation;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void reset() {
        SLACK.reset();
    }

    @Test
    void aMegabyteMentionIsAnsweredWithTheLimitAndNeverStoredNorSentToTheModel() throws Exception {
        MODEL.script(text("(not to be asked)"));
        String ts = newTs();

        SlackRequests.post(callback(eventId(), SlackToolAccessTest.mention("C30", ts, MEGABYTE_QUESTION)))
                .statusCode(200);

        FakeSlack.Call reply = SLACK.await("chat.postMessage", c -> "C30".equals(c.param("channel")), DEADLINE)
                .getFirst();
        assertThat(reply.param("thread_ts")).isEqualTo(ts);
        assertThat(reply.param("text")).contains("4,000 characters").hasSizeLessThan(300);
        assertThat(MODEL.requests()).isEmpty();
        assertThat(runs("C30:" + ts)).isZero();
        assertThat(sessions("C30:" + ts)).isZero();
    }

    @Test
    void aThreadReplyOverTheLimitIsRefusedTooAndTheSessionKeepsOnlyWhatFitted() throws Exception {
        MODEL.script(text("Hello! Ask me about your data."));
        String ts = newTs();
        conversation.handle(event(SlackToolAccessTest.mention("C31", ts, "hello")));
        SLACK.reset();

        conversation.handle(event(message("C31", "channel", "U7", MEGABYTE_QUESTION, newTs(), ts)));

        List<FakeSlack.Call> posts = SLACK.calls("chat.postMessage");
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().param("thread_ts")).isEqualTo(ts);
        assertThat(posts.getFirst().param("text")).contains("4,000 characters");
        assertThat(SLACK.calls("chat.update")).isEmpty();
        assertThat(MODEL.requests()).hasSize(1);
        assertThat(runs("C31:" + ts)).isEqualTo(1);
    }

    @Test
    void aChartUploadRefusedBySlackLeavesTheFinishedAnswerInPlace() throws Exception {
        SLACK.fail("files.getUploadURLExternal", "missing_scope");
        MODEL.script(tool("run_sql_query", "query", PRO_COUNT), text("There are **2** customers on the pro plan."));
        String ts = newTs();

        conversation.handle(event(message("D30", "im", "U1", "How many fx customers are on the pro plan?", ts, null)));

        assertThat(SLACK.calls("files.getUploadURLExternal")).hasSize(1);
        assertThat(SLACK.calls("chat.update")).extracting(c -> c.param("text"))
                .containsExactly("There are *2* customers on the pro plan.\n\n_Sources: ad-hoc SQL_");
    }

    @Test
    void aClarifyingQuestionIsANumberedListAndAReplyWithTheNumberPicksTheMeaning() throws Exception {
        MODEL.script(text("Invoiced revenue is $1."), text("Invoiced revenue is $1."));
        String ts = newTs();
        conversation.handle(event(SlackToolAccessTest.mention("C32", ts, "What is our revenue?")));

        assertThat(SLACK.calls("chat.update")).extracting(c -> c.param("text")).singleElement().asString()
                .startsWith("Which revenue do you mean?\n\n1. MRR — ").contains("\n2. Invoiced — ")
                .contains("\n3. Collected — ").contains("Reply with the number or the name");
        assertThat(MODEL.requests()).isEmpty();
        SLACK.reset();

        conversation.handle(event(message("C32", "channel", "U7", "2", newTs(), ts)));

        assertThat(SLACK.calls("chat.update")).extracting(c -> c.param("text")).singleElement().asString()
                .doesNotContain("Which revenue do you mean?");
        assertThat(Fixture.scalar("SELECT string_agg(status, ',' ORDER BY created_at) FROM dash_internal.runs"
                + " WHERE session_id = 'C32:" + ts + "'")).isEqualTo("needs_clarification,completed");
        assertThat(Fixture.scalar("SELECT choice FROM dash_internal.clarifications WHERE session_id = 'C32:" + ts
                + "'")).isEqualTo("invoiced");
    }

    private static SlackEvent event(String eventJson) throws Exception {
        return SlackEvent.of(JSON.readTree(callback(eventId(), eventJson)));
    }

    private static long runs(String sessionId) {
        return ((Number) Fixture.scalar("SELECT count(*) FROM dash_internal.runs WHERE session_id = '" + sessionId
                + "'")).longValue();
    }

    private static long sessions(String sessionId) {
        return ((Number) Fixture.scalar("SELECT count(*) FROM dash_internal.sessions WHERE id = '" + sessionId + "'"))
                .longValue();
    }
}
