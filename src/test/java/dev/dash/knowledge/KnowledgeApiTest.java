package dev.dash.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.dash.cli.ExportKnowledgeCommand;
import dev.dash.learning.ApproveLearningCommand;
import dev.dash.learning.LearningRepository;
import dev.dash.learning.LearningStore;
import dev.dash.run.Origin;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@QuarkusTest
class KnowledgeApiTest {

    private static final String SAVED = "customers_per_country_api_test";

    @Inject
    ShippedKnowledge shipped;
    @Inject
    ValidatedQueries validated;
    @Inject
    KnowledgeRepository knowledge;
    @Inject
    LearningStore learningStore;
    @Inject
    LearningRepository learnings;
    @Inject
    KnowledgeApprovals approvals;

    @BeforeEach
    void load() {
        shipped.ensureLoaded();
    }

    @Test
    void listsAndSearchesKnowledgePageByPage() {
        given().get("/api/knowledge?kind=query&limit=5&page=2").then().statusCode(200)
                .body("data.size()", equalTo(5)).body("meta.page", equalTo(2))
                .body("meta.total_count", greaterThan(12));
        given().get("/api/knowledge?q=cancellation").then().statusCode(200)
                .body("data.id", hasItem("query:cancellation_reasons"));
        given().get("/api/knowledge?limit=500").then().statusCode(400).body("code", equalTo("bad_request"));
        given().get("/api/knowledge/nope").then().statusCode(404).body("detail", equalTo("Entry nope not found"));
    }

    @Test
    void aPersonApprovesDeletesAndExportsWhatWasSavedAtRunTime() throws Exception {
        validated.save(new SaveQuery(SAVED, "How many customers per country?",
                "SELECT country, count(*) FROM customers GROUP BY country ORDER BY 2 DESC", "Customers by country",
                List.of("customers"), null), Origin.none());

        Path dir = Files.createTempDirectory("export");
        assertThat(new CommandLine(new ExportKnowledgeCommand(knowledge, learnings)).execute("--dir", dir.toString()))
                .isZero();
        assertThat(Files.readString(dir.resolve("queries/saved.sql"))).contains("-- <query " + SAVED + ">",
                "-- <question>How many customers per country?</question>", "GROUP BY country");

        given().header("X-User-Id", "reviewer").contentType("application/json").body(Map.of("approved", true))
                .post("/api/knowledge/query:" + SAVED + "/approve").then().statusCode(200)
                .body("approved", equalTo(true)).body("approved_by", equalTo("reviewer"))
                .body("sql", containsString("GROUP BY country"));
        assertThat(knowledge.byId("query:" + SAVED).orElseThrow().approved()).isTrue();
        assertThat(new CommandLine(new ApproveQueryCommand(approvals)).execute(SAVED, "--revoke")).isZero();
        given().get("/api/knowledge/query:" + SAVED).then().body("approved", equalTo(false))
                .body("approved_by", nullValue());
        assertThat(new CommandLine(new ApproveQueryCommand(approvals)).execute(SAVED)).isZero();
        given().get("/api/knowledge/query:" + SAVED).then().body("approved", equalTo(true))
                .body("approved_by", startsWith("cli:"));
        assertThat(new CommandLine(new ApproveQueryCommand(approvals)).execute("no_such_query")).isEqualTo(1);

        given().delete("/api/knowledge/query:" + SAVED).then().statusCode(204);
        given().delete("/api/knowledge/query:" + SAVED).then().statusCode(404);
    }

    @Test
    void listsAndDeletesLearnings() {
        long id = learningStore.save("Trials have no subscription", "Trial customers have no subscription rows; "
                + "count them from customers.", Origin.none());
        given().get("/api/learnings?q=trial").then().statusCode(200).body("data.id", hasItem((int) id));
        given().get("/api/learnings/" + id).then().statusCode(200).body("title", equalTo("Trials have no subscription"))
                .body("approved", equalTo(false)).body("times_used", equalTo(0));
        assertThat(new CommandLine(new ApproveLearningCommand(learningStore)).execute(String.valueOf(id))).isZero();
        given().get("/api/learnings/" + id).then().body("approved", equalTo(true))
                .body("approved_by", startsWith("cli:"));
        given().delete("/api/learnings/" + id).then().statusCode(204);
        given().get("/api/learnings/" + id).then().statusCode(404);
        assertThat(learnings.byIds(List.of(id))).isEmpty();
    }

    @Test
    void reloadsTheKnowledgeFolderOnRequest() {
        given().post("/knowledge/reload").then().statusCode(200).body("status", equalTo("ok"))
                .body("unchanged", greaterThan(50));
    }
}
