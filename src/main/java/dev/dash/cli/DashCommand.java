package dev.dash.cli;

import dev.dash.bench.KnownQuestionsBenchmarkCommand;
import dev.dash.bench.RetrievalBenchmarkCommand;
import dev.dash.bench.SqlGuardBenchmarkCommand;
import dev.dash.data.GenerateDataCommand;
import dev.dash.eval.EvalCommand;
import dev.dash.knowledge.ApproveQueryCommand;
import dev.dash.knowledge.files.LoadKnowledgeCommand;
import dev.dash.learning.ApproveLearningCommand;
import dev.dash.onboard.ConnectCommand;
import dev.dash.ops.ServingStartup;
import dev.dash.report.ReportsCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/**
 * The service's own command line. Without a subcommand it serves HTTP until stopped; the subcommands do one job
 * against the same database and exit. The bash launcher `./dash` calls these.
 */
@TopCommand
@Command(name = "dash", mixinStandardHelpOptions = true,
        description = "Dash, a self-learning data agent. Without a subcommand: serve the HTTP API.",
        subcommands = {GenerateDataCommand.class, LoadKnowledgeCommand.class, ApproveQueryCommand.class,
                ApproveLearningCommand.class, ExportKnowledgeCommand.class, RetrievalBenchmarkCommand.class,
                KnownQuestionsBenchmarkCommand.class, SqlGuardBenchmarkCommand.class, ReportsCommand.class,
                EvalCommand.class, GrantsCommand.class, ConnectCommand.class})
public class DashCommand implements Runnable {

    private final ServingStartup startup;

    public DashCommand(ServingStartup startup) {
        this.startup = startup;
    }

    @Override
    public void run() {
        startup.run();
        Quarkus.waitForExit();
    }
}
