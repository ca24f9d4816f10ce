package dev.dash.agent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.OfflineProfile;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every question we suggest is answered without a model: the README's examples (`./dash ask "…"` and
 * {@code "question": "…"}), the page's empty state (the validated questions it lists, as questions.js picks them) and
 * the questions the offline reply offers. Read from those places, so a new example is checked the day it is written.
 */
@QuarkusTest
@TestProfile(OfflineProfile.class)
class SuggestedQuestionsTest {

    private static final Pattern README_EXAMPLE =
            Pattern.compile("(?:dash ask(?: --\\S+(?: \\S+)?)* \"|\"question\": \")([^\"]+\\?)\"");

    @Inject
    ShippedKnowledge shipped;

    @Test
    void everyQuestionTheReadmeThePageAndTheOfflineReplySuggestIsAnsweredOffline() throws Exception {
        shipped.ensureLoaded();
        Set<String> suggested = new LinkedHashSet<>(readme());
        assertThat(suggested).as("the README's examples").contains("How many customers do we have?");
        suggested.addAll(emptyState());
        suggested.addAll(offlineReply());

        SoftAssertions softly = new SoftAssertions();
        for (String question : suggested) {
            JsonPath run = ask(question);
            softly.assertThat(run.getString("route")).as(question).isEqualTo("fast_path");
            softly.assertThat(run.getList("trace.model_calls")).as(question).isEmpty();
        }
        softly.assertAll();
    }

    private static List<String> readme() throws Exception {
        Matcher m = README_EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** As the page's questions.js: queries from files or approved, their first question, at most 12. */
    private static List<String> emptyState() {
        JsonPath page = given().get("/api/knowledge?kind=query&limit=200").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> queries = page.getList("data");
        List<String> shown = queries.stream()
                .filter(q -> "file".equals(q.get("origin")) || Boolean.TRUE.equals(q.get("approved")))
                .map(q -> (List<?>) q.get("questions")).filter(qs -> !qs.isEmpty())
                .map(qs -> qs.getFirst().toString()).limit(12).toList();
        assertThat(shown).as("the page's empty state").isNotEmpty();
        return shown;
    }

    private static List<String> offlineReply() {
        String answer = ask("Why did churn go up among retail customers?").getString("answer");
        List<String> offered = answer.lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
        assertThat(offered).as("the offline reply's suggestions").isNotEmpty();
        return offered;
    }

    private static JsonPath ask(String question) {
        return given().contentType("application/json").body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }
}
