package dev.dash.chart;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A trend question gets a line chart in its answer and as a PNG, for the user who asked only. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class ChartImageTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String TREND = "SELECT date_trunc('month', signup_date)::date AS month, sum(mrr) AS new_mrr "
            + "FROM fx_customers GROUP BY 1 ORDER BY 1";

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void aTrendQuestionHasALineChartDrawnAsAPng() throws Exception {
        MODEL.script(tool("run_sql_query", "query", TREND), text("New MRR rose over the year."));
        JsonPath run = ask("chart-owner", "How did new fx MRR develop by signup month?");

        assertThat(run.getString("chart.kind")).isEqualTo("line");
        assertThat(run.getList("chart.labels")).hasSize(5).first().isEqualTo("2024-01-01");
        assertThat(run.getList("chart.series.name")).containsExactly("New mrr");

        byte[] png = given().header("X-User-Id", "chart-owner").get("/api/runs/" + run.getString("run_id")
                + "/chart.png").then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartImages.HEIGHT);
        assertThat(distinctColours(image)).as("a drawn chart, not a blank image").isGreaterThan(20);
    }

    @Test
    void anotherUserCannotSeeTheChart() {
        MODEL.script(tool("run_sql_query", "query", TREND), text("Rising."));
        String runId = ask("chart-owner", "How did new fx MRR develop by signup month?").getString("run_id");

        given().header("X-User-Id", "someone-else").get("/api/runs/" + runId + "/chart.png")
                .then().statusCode(404).contentType(ContentType.JSON);
    }

    @Test
    void aRunWithoutAChartIsNotFound() {
        MODEL.script(text("Hello! Ask me about your data."));
        JsonPath run = ask("chart-owner", "hi there");

        assertThat(run.getString("chart")).isNull();
        given().header("X-User-Id", "chart-owner").get("/api/runs/" + run.getString("run_id") + "/chart.png")
                .then().statusCode(404).contentType(ContentType.JSON);
    }

    private static JsonPath ask(String user, String question) {
        return given().contentType(ContentType.JSON).header("X-User-Id", user).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
