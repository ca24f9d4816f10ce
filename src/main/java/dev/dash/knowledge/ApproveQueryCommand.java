package dev.dash.knowledge;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code approve-query NAME [--revoke]}: lets a saved query answer its questions without a model, or stops it. */
@Command(name = "approve-query", mixinStandardHelpOptions = true,
        description = "Approve a validated query saved at run time for zero-model answers (--revoke withdraws it).")
public class ApproveQueryCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The query's name, e.g. churn_rate_by_industry")
    String name;

    @Option(names = "--revoke", description = "Withdraw the approval.")
    boolean revoke;

    private final KnowledgeApprovals approvals;

    public ApproveQueryCommand(KnowledgeApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public Integer call() {
        if (approvals.approve("query:" + name, !revoke, "cli:" + System.getProperty("user.name")).isEmpty()) {
            System.err.println("No validated query named " + name + " (see GET /api/knowledge?kind=query).");
            return 1;
        }
        System.out.println((revoke ? "Approval withdrawn: " : "Approved: ") + name);
        return 0;
    }
}
