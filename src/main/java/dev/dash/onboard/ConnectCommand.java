package dev.dash.onboard;

import dev.dash.knowledge.KnowledgeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connect [--dir DIR] [--no-model]}: drafts knowledge files for the company database's schemas into the
 * knowledge folder, and says which files it wrote, refreshed, found unchanged or left alone because a person wrote or
 * edited them, and what the model drafted and what of it was dropped.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Draft knowledge (tables, vocabulary; with a model also descriptions, business terms and "
                + "queries) from the company database into the knowledge folder; files a person wrote or edited are "
                + "left alone.")
public class ConnectCommand implements Callable<Integer> {

    @Option(names = "--dir", description = "Knowledge folder (default: DASH_KNOWLEDGE_DIR, else knowledge)")
    Path dir;

    @Option(names = "--no-model", description = "Draft from the schema and data only, even with a model configured "
            + "(nothing about the database is sent to it)")
    boolean noModel;

    private final Onboarding onboarding;
    private final KnowledgeConfig knowledge;

    public ConnectCommand(Onboarding onboarding, KnowledgeConfig knowledge) {
        this.onboarding = onboarding;
        this.knowledge = knowledge;
    }

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : Path.of(knowledge.dir());
        ConnectReport report;
        try {
            report = onboarding.connect(folder, !noModel);
        } catch (IllegalArgumentException e) {
            System.err.println("Nothing drafted: " + e.getMessage());
            return 1;
        }
        System.out.printf("Read %d tables and views in %s; drafts in %s:%n", report.tables(),
                String.join(", ", report.schemas()), folder);
        print("written", report.files(DraftFiles.Outcome.WRITTEN), "");
        print("refreshed", report.files(DraftFiles.Outcome.REFRESHED), "");
        print("unchanged", report.files(DraftFiles.Outcome.UNCHANGED), "");
        print("kept", report.files(DraftFiles.Outcome.KEPT), "  (a person wrote or edited it: left alone)");
        report.describedElsewhere().forEach((table, file) ->
                System.out.printf("  %-10s %s  (described by %s)%n", "skipped", table, file));
        System.out.println(report.model().summary());
        print("drafted", report.model().drafted(), "");
        print("dropped", report.model().dropped(), "");
        System.out.println("Review each draft, delete its \"draft\" line once it is right, "
                + "then ./dash load-knowledge.");
        return 0;
    }

    private static void print(String label, List<String> files, String note) {
        files.forEach(f -> System.out.printf("  %-10s %s%s%n", label, f, note));
    }
}
