package dev.dash.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.Route;
import dev.dash.run.RunResponse;
import dev.dash.run.RunResponse.TracedNumber;
import dev.dash.run.RunStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The "Sources" footer of a Slack reply: query names of the traced figures, and those nothing backs. */
class SlackSourcesTest {

    private static final String SQL = "SELECT plan, sum(mrr) AS mrr FROM subscriptions GROUP BY plan";

    @Test
    void namesValidatedQueriesAndAdHocSqlOnceEach() {
        RunResponse run = run(List.of(
                new TracedNumber("$1,200", new BigDecimal("1200"), true, "mrr_by_plan", SQL, 1, "mrr", null),
                new TracedNumber("$1,420", new BigDecimal("1420"), true, "mrr_by_plan", SQL, null, "mrr", "sum of mrr"),
                new TracedNumber("2", BigDecimal.TWO, true, null, "SELECT count(*) FROM customers", 0, "count", null)));

        assertThat(SlackSources.footer(run)).isEqualTo("\n\n_Sources: validated query `mrr_by_plan`, ad-hoc SQL_");
    }

    @Test
    void marksFiguresThatNothingBacks() {
        RunResponse run = run(List.of(
                new TracedNumber("$8,888", new BigDecimal("8888"), false, null, null, null, null, null)));

        assertThat(SlackSources.footer(run)).isEqualTo("\n\n_Unverified (matches no query result): $8,888_");
    }

    @Test
    void anAnswerWithoutFiguresGetsNoFooter() {
        assertThat(SlackSources.footer(run(List.of()))).isEmpty();
    }

    private static RunResponse run(List<TracedNumber> numbers) {
        return new RunResponse(UUID.randomUUID(), "s", "u", RunStatus.COMPLETED, Route.ANALYST, "text", null, List.of(),
                null, new RunResponse.Trace(1, List.of(), List.of(), List.of()), null, null, null, numbers);
    }
}
