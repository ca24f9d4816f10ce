package dev.dash.run;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.OfflineProfile;
import dev.dash.testsupport.TestKnowledge;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics (Prometheus format, on the management port) counts what a run did: route and status, zero-model answers,
 * SQL time.
 */
@QuarkusTest
@TestProfile(OfflineProfile.class)
class RunMetricsTest {

    private static final String FAST_PATH_RUNS = "dash_runs_total{route=\"fast_path\",status=\"completed\"}";

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    TestKnowledge knowledge;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void query() {
        knowledge.validatedQuery("fx_customers_by_plan_metrics", "Customers per plan",
                "How many fx customers are on each plan?",
                "SELECT plan, count(*) AS customers FROM fx_customers GROUP BY plan ORDER BY plan",
                List.of("fx_customers"));
    }

    @AfterEach
    void forget() {
        knowledge.remove("fx_customers_by_plan_metrics");
    }

    @Test
    void aFastPathAnswerIsCountedByRouteAndStatus() {
        double runsBefore = value(metrics(), FAST_PATH_RUNS);
        double zeroModelBefore = value(metrics(), "dash_zero_model_answers_total");

        given().contentType("application/json").body(Map.of("question", "How many fx customers are on each plan?"))
                .post("/api/ask").then().statusCode(200);

        String after = metrics();
        assertThat(value(after, FAST_PATH_RUNS)).isEqualTo(runsBefore + 1);
        assertThat(value(after, "dash_zero_model_answers_total")).isEqualTo(zeroModelBefore + 1);
        assertThat(after).contains("dash_run_time_seconds_count{route=\"fast_path\",status=\"completed\"}")
                .contains("dash_sql_time_seconds_count{");
    }

    @Test
    void everySeriesIsThereFromStartupSoDashboardsWorkOnAFreshInstance() {
        // Offline, no run calls a model, posts a report or runs SQL as the Engineer: these exist only if registered.
        // Learnings are counted too, but an offline clarification the user asks to remember saves one.
        assertThat(metrics()).containsPattern("(?m)^dash_learnings_saved_total \\d")
                .contains("dash_model_calls_total{agent=\"engineer\"} 0.0",
                "dash_model_tokens_total{agent=\"query_picker\",kind=\"completion\"} 0.0",
                "dash_runs_total{route=\"engineer\",status=\"needs_clarification\"} 0.0",
                "dash_run_time_seconds_count{route=\"none\",status=\"error\"} 0",
                "dash_reports_total{outcome=\"failed\"} 0.0",
                "dash_sql_time_seconds_count{role=\"engineer\"} 0",
                "dash_sql_plans_refused_total{role=\"engineer\"} 0.0");
    }

    private String metrics() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 before it exists. */
    private static double value(String metrics, String sample) {
        var line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
