package dev.dash.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.model.ModelConfig;
import io.quarkus.runtime.annotations.RegisterResources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dash eval}: runs the cases of {@code evals/} through the coordinator, prints a line per case and a summary
 * per category, writes the JSON report, and exits non-zero when a case failed or erred.
 */
@RegisterResources(globs = "eval/*")
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run the evals (accuracy, routing, security, governance, boundaries, smoke) in process.")
public class EvalCommand implements Callable<Integer> {

    @Option(names = "--category", description = "Only this category: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Categories.class)
    String category;

    @Option(names = "--case", description = "Only the case(s) with this id (repeatable).")
    List<String> caseIds;

    @Option(names = "--verbose", description = "Print each question, route, tools and answer.")
    boolean verbose;

    @Option(names = "--model-url", description = "OpenAI-compatible base URL (./dash eval sets OPENAI_BASE_URL).")
    String modelUrl;

    @Option(names = "--model", description = "Model name (./dash eval sets DASH_MODEL).")
    String modelName;

    @Option(names = "--json", description = "Write the report (per case: verdict, model calls, tokens, ms) here.")
    Path jsonFile;

    @Option(names = "--judge", description = "Also score insight with the model where a case asks (off by default).")
    boolean judge;

    @Option(names = "--judge-min", defaultValue = "6", description = "Lowest passing judge score, 1-10 (default 6).")
    int judgeMin;

    @Option(names = "--dir", defaultValue = "evals", description = "Folder of the case files (default evals).")
    Path dir;

    @Spec
    CommandSpec spec;

    private final EvalSuite suite;
    private final EvalRunner runner;
    private final ModelConfig model;
    private final ObjectMapper json;

    public EvalCommand(EvalSuite suite, EvalRunner runner, ModelConfig model, ObjectMapper json) {
        this.suite = suite;
        this.runner = runner;
        this.model = model;
        this.json = json;
    }

    static class Categories extends ArrayList<String> {
        Categories() {
            super(EvalSuite.CATEGORIES);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> mismatch = modelMismatch();
        if (mismatch.isPresent()) {
            spec.commandLine().getErr().println(mismatch.get());
            return 64;
        }
        if (category != null && !EvalSuite.CATEGORIES.contains(category)) {
            spec.commandLine().getErr().println("Unknown category " + category + "; one of " + EvalSuite.CATEGORIES);
            return 64;
        }
        boolean online = runner.online();
        out.println(online ? "Model: " + model.name() + " at " + model.baseUrl().orElse("https://api.openai.com/v1")
                : "Offline: no OPENAI_API_KEY or OPENAI_BASE_URL. Running what needs no model: answers of the "
                        + "zero-model path, and governance and boundaries at the database roles.");
        out.flush();
        Instant started = Instant.now();
        ConsoleLines lines = new ConsoleLines(out, verbose);
        List<CaseResult> results = new ArrayList<>();
        EvalRunner.Options options = new EvalRunner.Options(judge && online ? judgeMin : 0);
        for (EvalFile file : suite.load(dir)) {
            if (category != null && !category.equals(file.category())) {
                continue;
            }
            List<EvalCase> cases = file.cases().stream()
                    .filter(c -> caseIds == null || caseIds.contains(c.id())).toList();
            if (!cases.isEmpty()) {
                lines.category(file);
                results.addAll(runner.run(file, cases, options, lines));
            }
        }
        EvalReport report = EvalReport.of(online ? model.name() : "offline", started, online, options.judgeMinScore() > 0,
                results);
        lines.summary(report, online);
        if (jsonFile != null) {
            report.write(json, jsonFile);
            out.println("Report: " + jsonFile.toAbsolutePath());
        }
        out.flush();
        return report.total().ok() ? 0 : 1;
    }

    /** The options name the model; the configuration (read at start) decides it, so they must agree. */
    private Optional<String> modelMismatch() {
        if (modelUrl != null && !trim(modelUrl).equals(model.baseUrl().map(EvalCommand::trim).orElse(""))) {
            return Optional.of("--model-url " + modelUrl + " differs from the configured OPENAI_BASE_URL: run "
                    + "./dash eval --model-url ..., which sets it, or set OPENAI_BASE_URL before starting.");
        }
        if (modelName != null && !modelName.equals(model.name())) {
            return Optional.of("--model " + modelName + " differs from the configured DASH_MODEL " + model.name()
                    + ": run ./dash eval --model ..., which sets it, or set DASH_MODEL before starting.");
        }
        return Optional.empty();
    }

    private static String trim(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
