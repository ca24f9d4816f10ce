package dev.dash.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the scheduler off (as the one-shot commands and a replica may run), the report listing says so: no 500. */
@QuarkusTest
@TestProfile(ReportsWithoutSchedulerTest.SchedulerOff.class)
@WithTestResource(ScriptedModelResource.class)
class ReportsWithoutSchedulerTest {

    public static class SchedulerOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Test
    void reportsAreListedAsNotScheduled() {
        List<Map<String, Object>> reports = given().get("/api/reports").then().statusCode(200)
                .contentType("application/json").extract().jsonPath().getList("");
        assertThat(reports).isNotEmpty().allSatisfy(report -> assertThat(report)
                .containsEntry("scheduled", false).containsEntry("next_run", null));
    }
}
