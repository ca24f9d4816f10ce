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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Company data in another database (DATA_DB_URL): the grants script a DBA runs gives roles whose boundaries hold when
 * probed as each role; the Analyst reads the configured schema there; without the Engineer's schema the Engineer is
 * off and says why; sessions and knowledge stay in Dash's own database.
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
        assertThat(status.engineerOff()).contains("the company database has no dash schema");
        given().get("/health").then().statusCode(200)
                .body("database.boundaries.analyst.cannot_write_company_data.holds", equalTo(true))
                .body("database.boundaries.engineer.can_build.holds", equalTo(false));
    }

    @Test
    @Order(3)
    void offTheEngineerSaysWhyWhenAskedToBuild() {
        ScriptedModel.get().script(tool("run_sql_query", "query",
                "CREATE VIEW dash.orders_by_region AS SELECT region, sum(amount) AS total FROM orders GROUP BY region"),
                text("I cannot build views on this database: it has no dash schema."));
        given().header("X-User-Id", "alice").contentType("application/json")
                .body(Map.of("question", "Create a view of order totals by region")).post("/api/ask")
                .then().statusCode(200).body("route", equalTo("engineer"))
                .body("trace.tool_calls[0].ok", equalTo(false))
                .body("trace.tool_calls[0].summary", containsString("The Engineer is off on this database"));
        assertThat(ScriptedModel.get().request(1)).contains("the company database has no dash schema");
    }

    @Test
    @Order(4)
    void withTheEngineersSchemaTheEngineerCanBuildThere() {
        CompanyDatabase.execute(GrantsScript.of(db, data, true));
        probe.probe();
        assertThat(status.engineerOff()).isEmpty();
        assertThat(status.boundaries().get("engineer").get("cannot_write_company_data").holds()).isTrue();
    }

    @Test
    @Order(5)
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
