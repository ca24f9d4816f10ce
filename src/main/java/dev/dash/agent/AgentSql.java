package dev.dash.agent;

import dev.dash.learning.LearningCapture;
import dev.dash.sql.ResultText;
import dev.dash.sql.SqlConfig;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs a member's SQL for the current run: records it, feeds the learning capture, and words the outcome for the model. */
@ApplicationScoped
public class AgentSql {

    private final SqlRunner runner;
    private final LearningCapture capture;
    private final SqlConfig config;

    public AgentSql(SqlRunner runner, LearningCapture capture, SqlConfig config) {
        this.runner = runner;
        this.capture = capture;
        this.config = config;
    }

    public RunContext.ToolResult read(String query) {
        return record(runner.read(query));
    }

    public RunContext.ToolResult engineer(String query) {
        return record(runner.engineer(query));
    }

    private RunContext.ToolResult record(SqlOutcome outcome) {
        RunContext run = RunContext.current();
        run.attempts(agent -> capture.start(run.origin(), agent)).record(outcome).ifPresent(run::learningSaved);
        return switch (outcome) {
            case SqlOutcome.Success s -> {
                run.sqlRan(s.sql(), s.result());
                yield RunContext.ToolResult.ok(ResultText.of(s.result(), config.modelMaxRows(), config.modelMaxChars()),
                        s.result().row_count() + (s.result().row_count() == 1 ? " row" : " rows"));
            }
            case SqlOutcome.Failure f -> RunContext.ToolResult.failed("ERROR " + f.sqlState() + ": " + f.message());
        };
    }
}
