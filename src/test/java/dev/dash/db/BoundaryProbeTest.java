package dev.dash.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Company data and Dash's store in one database, as after {@code ./dash up}: probed as each role, every boundary
 * holds, although Dash's internal schema is right there (a name lookup in it is refused, which is the point).
 */
@QuarkusTest
class BoundaryProbeTest {

    @Inject
    BoundaryProbe probe;
    @Inject
    DatabaseStatus status;

    @Test
    void inOneDatabaseEveryBoundaryHoldsForBothRoles() {
        probe.probe();

        assertThat(status.boundaries()).containsOnlyKeys("analyst", "engineer");
        status.boundaries().forEach((role, checks) -> assertThat(checks)
                .containsKeys("cannot_write_company_data", "internal_tables_unreachable", "statement_timeout_applies",
                        "not_superuser")
                .allSatisfy((check, result) -> assertThat(result.holds())
                        .as(role + " " + check + ": " + result.detail()).isTrue()));
        given().get("/health").then().statusCode(200)
                .body("database.boundaries.analyst.internal_tables_unreachable.holds", equalTo(true))
                .body("database.boundaries.engineer.can_build.holds", equalTo(true));
    }
}
