package dev.dash.agent;

import dev.dash.agent.runtime.RunContext;
import dev.dash.chart.ChartChooser;
import dev.dash.run.QueryResult;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns a run's outcome into the response every interface renders: its figures checked, its chart chosen. */
@ApplicationScoped
class ResponseBuilder {

    private final NumberCheck numbers;
    private final ChartChooser charts;

    ResponseBuilder(NumberCheck numbers, ChartChooser charts) {
        this.numbers = numbers;
        this.charts = charts;
    }

    RunResponse of(RunContext run, Outcome outcome) {
        NumberCheck.Checked checked = numbers.check(run, outcome);
        QueryResult result = run.trace().result();
        return new RunResponse(run.origin().runId(), run.origin().sessionId(), run.origin().userId(),
                outcome.status(), outcome.route(), checked.answer(), outcome.validatedQuery(), run.trace().sql(),
                result, run.trace().summary(run.elapsedMs()), outcome.error(), charts.choose(result).orElse(null),
                outcome.clarification(), checked.numbers());
    }

    /** The run failed outside its own error handling. */
    static RunResponse internalError(RunContext run) {
        return new RunResponse(run.origin().runId(), run.origin().sessionId(), run.origin().userId(), RunStatus.ERROR,
                null, RunFailures.INTERNAL, null, run.trace().sql(), null, run.trace().summary(run.elapsedMs()),
                new RunResponse.Error("internal_error", RunFailures.INTERNAL), null, null, List.of());
    }
}
