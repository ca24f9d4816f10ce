package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.knowledge.meaning.AmbiguousTerms;
import dev.dash.testsupport.OfflineProfile;
import dev.dash.testsupport.ShippedKnowledge;
import dev.dash.testsupport.SseFrames;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clarifying before guessing, offline (no model is needed to ask or to settle): the shipped knowledge defines
 * "revenue" three ways and "last year" two, so a question naming one unsettled gets one short question; the answer
 * settles it for the session; clear questions are never asked about.
 */
@QuarkusTest
@TestProfile(OfflineProfile.class)
class ClarifyingQuestionsTest {

    private static final String PER_MONTH = "Show revenue per month";

    @Inject
    ShippedKnowledge shipped;
    @Inject
    KnowledgeRepository knowledge;
    @Inject
    AmbiguousTerms terms;

    @BeforeEach
    void load() {
        shipped.ensureLoaded();
    }

    @Test
    void anAmbiguousMetricGetsOneQuestionWithTheOptionsInsteadOfAGuess() {
        JsonPath run = first("ann", "What's our revenue?");

        assertThat(run.getString("status")).isEqualTo("needs_clarification");
        assertThat(run.getString("route")).isNull();
        assertThat(run.getList("sql")).isEmpty();
        assertThat(run.getString("clarification.question")).isEqualTo("Which revenue do you mean?");
        assertThat(run.getList("clarification.options.label")).containsExactly("MRR", "Invoiced", "Collected");
        assertThat(run.getList("clarification.options.id")).containsExactly("mrr", "invoiced", "collected");
        assertThat(run.getString("answer")).startsWith("Which revenue do you mean?\n\n1. MRR — ")
                .contains("\n2. Invoiced — ").contains("\n3. Collected — ");
    }

    @Test
    void theAnswerPicksTheMeaningAndTheSessionIsNotAskedAgain() {
        JsonPath asked = first("ann", PER_MONTH);
        assertThat(asked.getString("status")).isEqualTo("needs_clarification");
        String session = asked.getString("session_id");

        JsonPath answered = ask("ann", session, "Collected");
        assertThat(answered.getString("status")).isEqualTo("completed");
        assertThat(answered.getString("validated_query")).isEqualTo("invoiced_revenue_by_month");
        assertThat(answered.getString("clarification")).isNull();

        JsonPath again = ask("ann", session, "What's our revenue per month?");
        assertThat(again.getString("status")).isEqualTo("completed");
        assertThat(again.getString("validated_query")).isEqualTo("invoiced_revenue_by_month");

        JsonPath elsewhere = first("ann", PER_MONTH);
        assertThat(elsewhere.getString("status")).as("a choice not remembered stays in its session")
                .isEqualTo("needs_clarification");
    }

    @Test
    void anOptionCanBePickedByItsNumber() {
        String session = first("ann", "What's our revenue?").getString("session_id");

        JsonPath answered = ask("ann", session, "option 1");

        assertThat(answered.getString("status")).isEqualTo("completed");
        assertThat(answered.getString("validated_query")).isEqualTo("current_mrr");
    }

    @Test
    void aReplyThatPicksNoOptionIsAnsweredAsTheQuestionItIs() {
        String session = first("ann", "What's our revenue?").getString("session_id");

        JsonPath other = ask("ann", session, "What's our current MRR?");
        assertThat(other.getString("status")).isEqualTo("completed");
        assertThat(other.getString("validated_query")).isEqualTo("current_mrr");

        assertThat(ask("ann", session, "1").getString("status")).as("the question no longer waits")
                .isNotEqualTo("completed");
    }

    @Test
    void rememberedChoicesBecomeALearningAndSettleTheUsersNextSessions() {
        String user = "rita-" + UUID.randomUUID();
        String session = first(user, "What's our revenue?").getString("session_id");

        JsonPath answered = ask(user, session, "MRR, always");
        assertThat(answered.getString("validated_query")).isEqualTo("current_mrr");
        List<Long> saved = answered.getList("trace.learnings_saved", Long.class);
        assertThat(saved).hasSize(1);
        given().get("/api/learnings/" + saved.getFirst()).then().statusCode(200);

        assertThat(first(user, "What's our revenue?").getString("validated_query")).isEqualTo("current_mrr");
        assertThat(first("someone-else", "What's our revenue?").getString("status"))
                .isEqualTo("needs_clarification");
    }

    @Test
    void anAmbiguousPeriodIsAskedAboutToo() {
        JsonPath run = first("ann", "How many customers signed up last year?");

        assertThat(run.getString("status")).isEqualTo("needs_clarification");
        assertThat(run.getList("clarification.options.label")).containsExactly("Previous calendar year",
                "Last 12 months");
    }

    @Test
    void clearQuestionsAreNeverAskedAbout() {
        for (String question : List.of("What's our current MRR?", "Show collected revenue per month from paid invoices",
                "How much did we invoice each month?", "What is our net revenue retention?")) {
            assertThat(first("ann", question).getString("status")).as(question).isEqualTo("completed");
        }
        List<String> validated = knowledge.ofKind("query").stream().flatMap(e -> e.questions().stream()).toList();
        assertThat(validated).hasSizeGreaterThan(40);
        for (String question : validated) {
            assertThat(terms.open(question, terms.in(question))).as(question).isEmpty();
        }
        assertThat(knowledge.ofKind("query")).extracting(KnowledgeEntry::name).contains("current_mrr");
    }

    @Test
    void theStreamCarriesTheQuestionInItsCompletedEvent() {
        List<String> lines = given().contentType("application/json").accept("text/event-stream")
                .body(Map.of("question", "What's our revenue?")).post("/api/ask/stream").then().statusCode(200)
                .extract().asString().lines().toList();

        List<SseFrames.Frame> frames = SseFrames.readAll(lines.iterator());
        assertThat(frames.getLast().event()).isEqualTo("RunCompleted");
        assertThat(frames.getLast().data().path("response").path("status").asText()).isEqualTo("needs_clarification");
        assertThat(frames.getLast().data().path("response").path("clarification").path("options").size())
                .isEqualTo(3);
    }

    @Test
    void theReadmesExampleExchangeIsWhatTheServiceSays() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### Clarifying questions"));
        String block = section.substring(section.indexOf("```text\n") + 8, section.indexOf("\n```\n"));
        List<String> turns = List.of(block.split("(^|\n)> "));
        String[] first = turns.get(1).split("\n", 2);
        String[] second = turns.get(2).split("\n", 2);

        JsonPath asked = first("ann", first[0]);
        assertThat(asked.getString("answer")).isEqualTo(first[1]);
        JsonPath answered = ask("ann", asked.getString("session_id"), second[0]);
        assertThat(answered.getString("answer")).startsWith(second[1]);
    }

    /** A new session's first run. */
    private static JsonPath first(String user, String question) {
        return ask(user, null, question);
    }
}
