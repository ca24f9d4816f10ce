package dev.dash.eval;

import java.io.PrintWriter;
import java.util.Map;

/** The live output of an eval run: a line per case as it finishes, then a summary per category. */
final class ConsoleLines implements EvalRunner.Listener {

    private final PrintWriter out;
    private final boolean verbose;

    ConsoleLines(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    void category(EvalFile file) {
        out.printf("%n== %s: %s%n", file.category(), file.description() == null ? "" : file.description());
        out.flush();
    }

    @Override
    public void starting(EvalFile file, EvalCase c) {
        if (verbose) {
            out.printf("   ? %s%n", c.question());
            out.flush();
        }
    }

    @Override
    public void finished(CaseResult r) {
        out.printf("%-5s %-40s %6.1f s %3d calls %,8d tokens%s%n", r.verdict(), r.category() + "/" + r.id(),
                r.ms() / 1000.0, r.model_calls(), r.tokens(), r.judge_score() == null ? "" : "  judge " + r.judge_score());
        if (r.verdict() != CaseResult.Verdict.PASS || verbose) {
            r.reasons().forEach(reason -> out.printf("        - %s%n", reason));
        }
        if (verbose && r.status() != null) {
            out.printf("        route %s, status %s, tools %s%n", r.route(), r.status(), r.tools());
            out.printf("        answer: %s%n", r.answer() == null ? "" : r.answer().replace("\n", "\n                "));
        }
        out.flush();
    }

    void summary(EvalReport report, boolean online) {
        out.printf("%n%-11s %5s %6s %6s %6s %7s %7s %9s %8s%n", "category", "cases", "pass", "fail", "error", "skip",
                "calls", "tokens", "p50");
        for (Map.Entry<String, EvalReport.Summary> e : report.categories().entrySet()) {
            row(e.getKey(), e.getValue());
        }
        row("total", report.total());
        if (!online && report.total().skipped() > 0) {
            out.printf("%nSkipped %d case(s) that need a model; set OPENAI_API_KEY (or OPENAI_BASE_URL, or pass "
                    + "--model-url) to run them.%n", report.total().skipped());
        }
        EvalReport.Summary t = report.total();
        out.printf("%nEvals: %d passed, %d failed, %d skipped%n", t.passed(), t.failed() + t.errors(), t.skipped());
    }

    private void row(String name, EvalReport.Summary s) {
        out.printf("%-11s %5d %6d %6d %6d %7d %7d %,9d %6.1f s%n", name, s.cases(), s.passed(), s.failed(), s.errors(),
                s.skipped(), s.model_calls(), s.tokens(), s.p50_ms() / 1000.0);
    }
}
