package dev.dash.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.db.DataConfig;
import dev.dash.db.DbConfig;
import dev.dash.knowledge.files.QueryFileParser;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import dev.dash.testsupport.ChinookDatabase;
import dev.dash.testsupport.ChinookProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The user's twelve validated queries for Chinook, as written, load and each runs as the Analyst with rows. */
@QuarkusTest
@TestProfile(ChinookProfile.class)
class ChinookQueriesTest {

    @Inject
    DbConfig db;
    @Inject
    DataConfig data;

    @BeforeEach
    void dbaStep() {
        ChinookDatabase.grant(db, data);
    }

    @Inject
    SqlRunner sql;

    @TestFactory
    Stream<DynamicTest> eachOfTheTwelveUserQueriesRunsAsTheAnalyst() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ConnectTest.USER_QUERIES)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var queries = QueryFileParser.parse(text, ConnectTest.USER_QUERIES);
        assertThat(queries).hasSize(12);
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            SqlOutcome outcome = sql.read(q.sql());
            assertThat(outcome).as(q.name() + ": " + outcome).isInstanceOf(SqlOutcome.Success.class);
            assertThat(((SqlOutcome.Success) outcome).result().row_count()).as(q.name()).isPositive();
        }));
    }
}
