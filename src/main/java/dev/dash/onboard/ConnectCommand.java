package dev.dash.onboard;

import dev.dash.knowledge.KnowledgeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connect [--dir DIR]}: drafts knowledge files for the company database's schemas into the knowledge folder,
 * and says which files it wrote, refreshed, found unchanged or left alone because a person wrote or edited them.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Draft knowledge (tables, vocabulary) from the company database into the knowledge folder; "
                + "files a person wrote or edited are left alone.")
public class ConnectCommand implements Callable<Integer> {

    @Option(names = "--dir", description = "Knowledge folder (default: DASH_KNOWLEDGE_DIR, else knowledge)")
    Path dir;

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
            report = onboarding.connect(folder);
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
        System.out.println("Review each draft, delete its \"draft\" line once it is right, "
                + "then ./dash load-knowledge.");
        return 0;
    }

    private static void print(String label, List<String> files, String note) {
        files.forEach(f -> System.out.printf("  %-10s %s%s%n", label, f, note));
    }
}
