package dev.dash.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dash.bench.QuestionSetScore.Figures;
import dev.dash.bench.QuestionSetScore.QuestionSet;
import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.KnownQuestionsConfig;
import dev.dash.knowledge.meaning.QueryMatch;
import dev.dash.retrieval.DataTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-known-questions}: what the known-question path does with reworded questions and near misses, with
 * no model. For each set, wrong answers and near misses answered come first, reach second. Fresh rounds (written by
 * someone who saw neither the code nor the vocabulary) show the figures of their first run, recorded in the round's
 * file with {@code --record}, beside today's.
 */
@Command(name = "benchmark-known-questions", mixinStandardHelpOptions = true,
        description = "Measure the zero-model known-question path: our tuning set, a shared set, and fresh rounds.")
public class KnownQuestionsBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--tuning", defaultValue = "evals/known-questions/tuning.json", description = "Our tuning set.")
    Path tuning;

    @Option(names = "--shared", defaultValue = "../shared/question-sets/known-question-calibration.json",
            description = "The shared calibration set (tuning material by now); skipped when absent.")
    Path shared;

    @Option(names = "--rounds", defaultValue = "evals/known-questions/rounds",
            description = "Fresh rounds, one file each, with the figures of their first run.")
    Path rounds;

    @Option(names = "--record", description = "Record this run as the first run of rounds that have none.")
    boolean record;

    @Option(names = "--held-out-only", description = "Only the fresh rounds: a database with no tuning set (Chinook).")
    boolean heldOutOnly;

    @Option(names = "--verbose", description = "Also list the unanswered questions of the tuning set"
            + " and of rounds already measured once, with their reading.")
    boolean verbose;

    private final KnownQuestions known;
    private final KnowledgeLoader loader;
    private final ObjectMapper json;
    private final KnownQuestionsConfig config;
    private final DataTerms terms;

    public KnownQuestionsBenchmarkCommand(KnownQuestions known, KnowledgeLoader loader, ObjectMapper json,
            KnownQuestionsConfig config, DataTerms terms) {
        this.known = known;
        this.loader = loader;
        this.json = json;
        this.config = config;
        this.terms = terms;
    }

    @Override
    public Integer call() throws IOException {
        System.out.println("Knowledge: " + loader.load(false));
        if (terms.values().isEmpty()) {
            System.err.println("The database holds no company data: the known-question path reads its values, so"
                    + " figures measured here would mean nothing. Load the data first (./dash bench does).");
            return 1;
        }
        System.out.printf("Thresholds: offline %.2f, zero-model online %.2f, margin %.2f, model pick from %.2f%n",
                config.offlineThreshold(), config.fastPathThreshold(), config.fastPathMargin(), config.pickThreshold());
        if (!heldOutOnly) {
            tuningSets();
        }
        if (Files.isDirectory(rounds)) {
            try (Stream<Path> files = Files.list(rounds)) {
                for (Path round : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    round(round);
                }
            }
        }
        return 0;
    }

    private void tuningSets() throws IOException {
        QuestionSet tuningSet = json.readValue(tuning.toFile(), QuestionSet.class);
        QuestionSetScore tuned = report("Tuning set " + tuning + " (tuned on)", tuningSet);
        new ThresholdSweep(known, config).print(tuningSet);
        if (verbose) {
            printUnanswered(tuned);
        }
        if (Files.isReadable(shared)) {
            report("Shared calibration set " + shared + " (tuning material, not held out)",
                    json.readValue(shared.toFile(), QuestionSet.class));
        }
    }

    private QuestionSetScore report(String name, QuestionSet set) {
        QuestionSetScore score = QuestionSetScore.of(set, known);
        System.out.printf("%n%s%n", name);
        score.mistakes.forEach(m -> System.out.println("  " + m));
        if (verbose) {
            score.misread.forEach(q -> System.out.println("    " + q + ": " + why(q)));
        }
        System.out.println("  " + score.figures.line());
        System.out.printf("  online: %d answered with zero model calls, %d left to one short pick (right query among"
                + " the options for %d)%n", score.onlineZero, score.onlinePick, score.pickHasRight);
        return score;
    }

    /** A fresh round: its mistakes, its first run's figures (recorded when asked to), and today's. */
    private void round(Path file) throws IOException {
        JsonNode node = json.readTree(file.toFile());
        QuestionSet set = json.treeToValue(node, QuestionSet.class);
        QuestionSetScore score = report("Round " + file.getFileName() + " (written " + set.written() + "): "
                + set.about(), set);
        JsonNode first = node.get("first_run");
        if (first != null) {
            Figures figures = json.treeToValue(first, Figures.class);
            System.out.println("  first run " + first.path("date").asText() + " (" + first.path("code").asText()
                    + "): " + figures.line());
            if (verbose) {
                printUnanswered(score);
            }
        } else if (record) {
            ObjectNode run = json.valueToTree(score.figures);
            run.put("date", LocalDate.now().toString());
            run.put("code", "this run, before anything was tuned on the round");
            ((ObjectNode) node).set("first_run", run);
            json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
            System.out.println("  first run: this one, recorded in " + file);
        } else {
            System.out.println("  first run: not recorded (this is it if nobody ran it before: --record keeps it)");
        }
    }

    private void printUnanswered(QuestionSetScore score) {
        score.unanswered.forEach(p ->
                System.out.println("  unanswered: " + p.q() + " (" + p.query() + "): " + why(p.q())));
    }

    private String why(String question) {
        return "read as [" + known.reading(question) + "], best " + known.match(question)
                .map(m -> m.name() + " " + String.format("%.3f", m.score()) + " " + m.unexplainedTerms())
                .orElse("none") + "; answers " + known.approvedAnswers(question).stream().limit(3)
                .map(QueryMatch::name).toList();
    }
}
