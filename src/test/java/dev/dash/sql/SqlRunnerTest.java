package dev.dash.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.QueryResult;
import dev.dash.testsupport.SampleData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SqlRunnerTest {

    private static final String USER = "tester";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    SqlRunner sql;
    @Inject
    SampleData data;

    @BeforeEach
    void data() {
        data.ensureLoaded();
    }

    @Test
    void addsTheDefaultLimitAndSaysTheResultWasCut() {
        var outcome = (SqlOutcome.Success) sql.read("SELECT id, signup_date FROM customers ORDER BY id");
        assertThat(outcome.sql()).endsWith("LIMIT 50");
        assertThat(outcome.result().row_count()).isEqualTo(50);
        assertThat(outcome.result().truncated()).isTrue();
        assertThat(outcome.result().columns()).extracting(QueryResult.Column::name).containsExactly("id", "signup_date");
        assertThat(outcome.result().rows().getFirst().get(1)).as("dates as ISO text").asString()
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ResultText.of(outcome.result(), 10, 4000)).contains("first 10 shown", "more rows exist");
    }

    @Test
    void keepsTheQuerysOwnLimitAndNumbersAsNumbers() {
        var outcome = (SqlOutcome.Success) sql.read("SELECT round(SUM(mrr), 2) AS mrr FROM subscriptions "
                + "WHERE status = 'active' LIMIT 1");
        assertThat(outcome.sql()).doesNotContain("LIMIT 50");
        assertThat(outcome.result().truncated()).isFalse();
        assertThat(outcome.result().rows().getFirst().getFirst()).isInstanceOf(java.math.BigDecimal.class);
    }

    @Test
    void returnsTheDatabaseErrorWithItsSqlState() {
        var outcome = (SqlOutcome.Failure) sql.read("SELECT nope FROM customers");
        assertThat(outcome.sqlState()).isEqualTo("42703");
        assertThat(outcome.message()).contains("nope");
    }

    @Test
    void aQueryCannotSwitchTheTimeoutOffForLaterQueries() {
        for (int i = 0; i < 10; i++) {
            sql.read("SELECT set_config('statement_timeout', '0', false)");
        }
        var after = (SqlOutcome.Success) sql.read("SELECT current_setting('statement_timeout')");
        assertThat(after.result().rows()).isEqualTo(List.of(List.of("3s")));
    }

    @Test
    void theEngineerWritesInDashButNotInPublic() {
        assertThat(sql.engineer(USER, WAIT, "CREATE OR REPLACE VIEW dash.runner_test AS SELECT 1 AS one"))
                .isInstanceOf(SqlOutcome.Success.class);
        assertThat(sql.read("SELECT one FROM dash.runner_test")).isInstanceOf(SqlOutcome.Success.class);
        assertThat(sql.engineer(USER, WAIT, "DROP VIEW dash.runner_test")).isInstanceOf(SqlOutcome.Success.class);
        var refused = (SqlOutcome.Failure) sql.engineer(USER, WAIT, "DELETE FROM public.customers");
        assertThat(refused.sqlState()).isEqualTo("DASH1"); // refused before the database, which would refuse it too
    }
}
