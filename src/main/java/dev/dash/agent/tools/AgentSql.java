package dev.dash.agent.tools;

import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.learning.LearningCapture;
import dev.dash.sql.ResultText;
import dev.dash.sql.SqlConfig;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs a member's SQL for its run: records it, feeds the learning capture, and words the outcome for the model. */
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

    public ToolResult read(RunContext run, String query) {
        return record(run, runner.read(run.origin().userId(), run.remaining(), query));
    }

    public ToolResult engineer(RunContext run, String query) {
        return record(run, runner.engineer(run.origin().userId(), run.remaining(), query));
    }

    private ToolResult record(RunContext run, SqlOutcome outcome) {
        run.attempts(() -> capture.start(run.origin())).record(outcome).ifPresent(run.trace()::learningSaved);
        return switch (outcome) {
            case SqlOutcome.Success s -> {
                run.trace().sqlRan(s.sql(), s.result());
                yield ToolResult.ok(ResultText.of(s.result(), config.modelMaxRows(), config.modelMaxChars()),
                        s.result().row_count() + (s.result().row_count() == 1 ? " row" : " rows"));
            }
            case SqlOutcome.Failure f -> ToolResult.failed("ERROR " + f.sqlState() + ": " + f.message()
                    + (f.sqlState() != null && f.sqlState().startsWith("DASH") ? ""
                            : "\nHint: check the tables and columns with introspect_schema, then fix the query and run it again."));
        };
    }
}
