package dev.dash.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import dev.dash.testsupport.SampleData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every validated query shipped in knowledge/queries runs as dash_analyst on the sample data and returns rows. */
@QuarkusTest
class ShippedQueriesTest {

    @Inject
    SqlRunner sql;
    @Inject
    SampleData data;
    @Inject
    ObjectMapper json;

    @TestFactory
    Stream<DynamicTest> everyShippedQueryRunsReadOnlyAndReturnsRows() {
        data.ensureLoaded();
        return new KnowledgeFiles(json).read(Path.of("knowledge")).stream()
                .filter(e -> e.kind().equals("query"))
                .map(q -> DynamicTest.dynamicTest(q.name(), () -> {
                    SqlOutcome outcome = sql.read(q.sql());
                    assertThat(outcome).as(q.name() + ": " + outcome).isInstanceOf(SqlOutcome.Success.class);
                    assertThat(((SqlOutcome.Success) outcome).result().row_count()).as(q.name()).isPositive();
                }));
    }
}
