package dev.dash.report;

import dev.dash.slack.SlackClient;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dash reports}: lists the reports; {@code dash reports run NAME [--dry-run]} posts (or prints) one now. */
@Command(name = "reports", mixinStandardHelpOptions = true, subcommands = ReportsCommand.Run.class,
        description = "List the scheduled reports (knowledge/reports/*.json).")
public class ReportsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final ReportFiles files;

    public ReportsCommand(ReportFiles files) {
        this.files = files;
    }

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        var reports = files.all();
        if (reports.isEmpty()) {
            out.println("No reports: add a file under knowledge/reports/ (docs/SLACK_CONNECT.md, \"Adding a report\").");
        }
        for (Report r : reports) {
            out.printf("%-20s %-16s %-18s %-14s %s%n", r.name(), r.cron(), r.zone(), r.channel(),
                    r.queries().isEmpty() ? "question: " + r.question() : "queries: " + String.join(", ", r.queries()));
        }
        out.flush();
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Post a report to its channel now, or print it with --dry-run.")
    public static class Run implements Callable<Integer> {

        @Parameters(index = "0", description = "The report's name")
        String name;

        @Option(names = "--dry-run", description = "Print the message instead of posting it.")
        boolean dryRun;

        @Spec
        CommandSpec spec;

        private final ReportFiles files;
        private final ReportRunner runner;
        private final SlackClient slack;

        public Run(ReportFiles files, ReportRunner runner, SlackClient slack) {
            this.files = files;
            this.runner = runner;
            this.slack = slack;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            var report = files.named(name);
            if (report.isEmpty()) {
                err.println("No report named " + name + "; ./dash reports lists them.");
                return 1;
            }
            if (dryRun) {
                try {
                    out.println(runner.preview(report.get(), Instant.now()));
                    out.flush();
                    return 0;
                } catch (ReportFailed e) {
                    err.println("The report fails: " + e.getMessage());
                    return 1;
                }
            }
            if (!slack.connected()) {
                err.println("Slack is not connected: set SLACK_TOKEN (docs/SLACK_CONNECT.md), or use --dry-run.");
                return 1;
            }
            var outcome = runner.run(report.get(), Instant.now());
            out.println(outcome == ReportRunner.Outcome.POSTED ? "Posted " + name + " to " + report.get().channel()
                    : "Not posted (" + outcome + "); the log says why.");
            out.flush();
            return outcome == ReportRunner.Outcome.POSTED ? 0 : 1;
        }
    }
}
