package dev.dash.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.dash.schema.SchemaIntrospector;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import dev.dash.testsupport.CompanyDatabase;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Company data in another database (DATA_DB_URL): the grants script a DBA runs gives roles whose boundaries hold when
 * probed as each role; the Analyst reads the configured schema there; without the Engineer's schema the Engineer is
 * off and says why; with it (configured as analytics) the Engineer builds there and nowhere else, its prompts name it,
 * and the Analyst reads what it built; sessions and knowledge stay in Dash's own database.
 */
@QuarkusTest
@TestProfile(CompanyDatabase.class)
@WithTestResource(ScriptedModelResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompanyDatabaseTest {

    @Inject
    SqlRunner sql;
    @Inject
    BoundaryProbe probe;
    @Inject
    DatabaseStatus status;
    @Inject
    DbConfig db;
    @Inject
    DataConfig data;
    @Inject
    SchemaIntrospector schema;

    @Test
    @Order(1)
    void beforeTheDbaStepTheAnalystCannotReadTheCompanyData() {
        assertThat(sql.read("SELECT count(*) FROM orders")).isInstanceOf(SqlOutcome.Failure.class);
    }

    @Test
    @Order(2)
    void theGrantsScriptGivesRolesWhoseBoundariesHoldAndTheAnalystReadsThere() {
        String script = GrantsScript.of(db, data, false);
        assertThat(script).contains("GRANT SELECT ON ALL TABLES IN SCHEMA \"sales\"").doesNotContain("CREATE SCHEMA")
                .doesNotContain(db.analystPassword());
        CompanyDatabase.execute(script);

        var answer = (SqlOutcome.Success) sql.read("SELECT current_database() AS db, sum(amount) AS total FROM orders");
        assertThat(answer.result().rows()).containsExactly(List.of(CompanyDatabase.NAME, new BigDecimal(
                "240.50")));

        assertThat(schema.describe(null, null, false, 0)).as("the Analyst's live schema").contains("sales.orders");

        probe.probe();
        var boundaries = status.boundaries();
        for (String role : List.of("analyst", "engineer")) {
            assertThat(boundaries.get(role)).as(role).allSatisfy((check, result) -> {
                if (!check.equals("can_build")) {
                    assertThat(result.holds()).as(role + " " + check + ": " + result.detail()).isTrue();
                }
            });
        }
        assertThat(status.engineerOff()).contains("the company database has no analytics schema");
        given().get("/health").then().statusCode(200)
                .body("database.boundaries.analyst.cannot_write_company_data.holds", equalTo(true))
                .body("database.boundaries.engineer.can_build.holds", equalTo(false));
    }

    @Test
    @Order(3)
    void offTheEngineerSaysWhyWhenAskedToBuild() {
        ScriptedModel.get().script(tool("run_sql_query", "query",
                "CREATE VIEW analytics.orders_by_region AS SELECT region, sum(amount) AS total FROM orders GROUP BY region"),
                text("I cannot build views on this database: it has no analytics schema."));
        given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "Create a view of order totals by region")).post("/api/ask")
                .then().statusCode(200).body("route", equalTo("engineer"))
                .body("trace.tool_calls[0].ok", equalTo(false))
                .body("trace.tool_calls[0].summary", containsString("The Engineer is off on this database"));
        assertThat(ScriptedModel.get().request(1)).contains("the company database has no analytics schema");
    }

    @Test
    @Order(4)
    void withTheEngineersSchemaTheEngineerCanBuildThere() {
        String script = GrantsScript.of(db, data, true);
        assertThat(script).contains("CREATE SCHEMA IF NOT EXISTS \"analytics\"",
                "GRANT USAGE, CREATE ON SCHEMA \"analytics\" TO dash_engineer",
                "IN SCHEMA \"analytics\" GRANT SELECT ON TABLES TO dash_analyst",
                "ALTER ROLE dash_analyst SET search_path = \"sales\", \"analytics\"",
                "ALTER ROLE dash_engineer SET search_path = \"analytics\", \"sales\"")
                .doesNotContainPattern("(?i)schema \"?dash\"?\\b");
        CompanyDatabase.execute(script);
        probe.probe();
        assertThat(status.engineerOff()).isEmpty();
        assertThat(status.boundaries().get("engineer").get("can_build").detail())
                .isEqualTo("dash_engineer creates in analytics");
        assertThat(status.boundaries().get("engineer").get("cannot_write_company_data").holds()).isTrue();
    }

    @Test
    @Order(5)
    void theEngineerBuildsInItsSchemaOnlyAndTheAnalystReadsIt() {
        String totals = " AS SELECT region, sum(amount) AS total FROM orders GROUP BY region";
        ScriptedModel.get().script(tool("run_sql_query", "query", "CREATE VIEW dash.region_totals" + totals),
                tool("run_sql_query", "query", "CREATE VIEW public.region_totals" + totals),
                tool("run_sql_query", "query", "CREATE VIEW region_totals" + totals),
                text("I built analytics.region_totals."));
        given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "Create a view of order totals by region")).post("/api/ask")
                .then().statusCode(200).body("route", equalTo("engineer"))
                .body("trace.tool_calls[0].ok", equalTo(false))
                .body("trace.tool_calls[0].summary", containsString("only in the analytics schema"))
                .body("trace.tool_calls[1].ok", equalTo(false))
                .body("trace.tool_calls[2].ok", equalTo(true));
        assertThat(ScriptedModel.get().request(0)).as("the Engineer's instructions")
                .contains("in the analytics schema", "CREATE VIEW analytics.name").doesNotContain("dash schema");

        var read = (SqlOutcome.Success) sql.read("SELECT total FROM region_totals WHERE region = 'north'");
        assertThat(read.result().rows()).containsExactly(List.of(new BigDecimal("160.00")));
        assertThat(schema.describe(null, null, false, 0)).contains("analytics.region_totals");
        assertThat(sql.engineer("alice", Duration.ofSeconds(5), "CREATE VIEW dash.elsewhere AS SELECT 1"))
                .isInstanceOf(SqlOutcome.Failure.class);
    }

    @Test
    @Order(6)
    void theAnalystsInstructionsNameTheEngineersSchema() {
        ScriptedModel.get().script(text("I cannot tell yet."));
        given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "How many orders are there in the north region?"))
                .post("/api/ask").then().statusCode(200).body("route", equalTo("analyst"));
        assertThat(ScriptedModel.get().request(0)).contains("(name them analytics.x)", "the Engineer builds views in analytics");
    }

    @Test
    @Order(7)
    void aRoleThatCouldWriteCompanyDataIsReportedNotTrusted() {
        CompanyDatabase.execute("GRANT INSERT ON sales.orders TO dash_analyst");
        try {
            probe.probe();
            assertThat(status.boundaries().get("analyst").get("cannot_write_company_data").holds()).isFalse();
        } finally {
            CompanyDatabase.execute("REVOKE INSERT ON sales.orders FROM dash_analyst");
        }
    }
}
