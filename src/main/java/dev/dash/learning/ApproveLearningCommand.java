package dev.dash.learning;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code approve-learning ID [--revoke]}: shares a learning with everyone's runs, or gives it back to its author's. */
@Command(name = "approve-learning", mixinStandardHelpOptions = true,
        description = "Approve a learning for every user's runs (--revoke: only its author's again).")
public class ApproveLearningCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The learning's id (see GET /api/learnings)")
    long id;

    @Option(names = "--revoke", description = "Withdraw the approval.")
    boolean revoke;

    private final LearningStore store;

    public ApproveLearningCommand(LearningStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        var learning = store.approve(id, !revoke, "cli:" + System.getProperty("user.name"));
        if (learning.isEmpty()) {
            System.err.println("No learning " + id + " (see GET /api/learnings).");
            return 1;
        }
        System.out.println((revoke ? "Approval withdrawn: " : "Approved: ") + id + " " + learning.get().title()
                + " (by " + learning.get().userId() + ")");
        return 0;
    }
}
