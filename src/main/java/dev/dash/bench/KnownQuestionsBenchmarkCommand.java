package dev.dash.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.KnownQuestionsConfig;
import dev.dash.knowledge.meaning.QueryMatch;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-known-questions}: what the known-question path does with reworded questions and near misses,
 * with no model (right, wrong, unanswered, near misses answered, p50 latency) and online (answered with zero model
 * calls, left to one short pick among at most three queries). Our tuning set shows its sentences; the held-out shared
 * set shows only its figures, so nobody tunes on it by reading the output.
 */
@Command(name = "benchmark-known-questions", mixinStandardHelpOptions = true,
        description = "Measure the zero-model known-question path on our tuning set and the held-out shared set.")
public class KnownQuestionsBenchmarkCommand implements Callable<Integer> {

    /** A question set: rewordings of validated questions (with the query that answers them) and near misses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record QuestionSet(List<Paraphrase> paraphrases, List<NearMiss> near_misses) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record Paraphrase(String query, String q) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    public record NearMiss(String q, String why) {
    }

    @Option(names = "--tuning", defaultValue = "evals/known-questions/tuning.json")
    Path tuning;

    @Option(names = "--shared", defaultValue = "../shared/question-sets/known-question-calibration.json",
            description = "Held-out set, read only here; skipped when absent.")
    Path shared;

    @Option(names = "--verbose", description = "Also list the tuning set's unanswered questions with their reading.")
    boolean verbose;

    private final KnownQuestions known;
    private final KnowledgeLoader loader;
    private final ObjectMapper json;
    private final KnownQuestionsConfig config;

    public KnownQuestionsBenchmarkCommand(KnownQuestions known, KnowledgeLoader loader, ObjectMapper json,
            KnownQuestionsConfig config) {
        this.known = known;
        this.loader = loader;
        this.json = json;
        this.config = config;
    }

    @Override
    public Integer call() throws IOException {
        System.out.println("Knowledge: " + loader.load(false));
        System.out.printf("Thresholds: offline %.2f, zero-model online %.2f, margin %.2f, model pick from %.2f%n",
                config.offlineThreshold(), config.fastPathThreshold(), config.fastPathMargin(), config.pickThreshold());
        report("tuning set " + tuning, json.readValue(tuning.toFile(), QuestionSet.class), true);
        if (Files.isReadable(shared)) {
            report("held-out shared set " + shared, json.readValue(shared.toFile(), QuestionSet.class), false);
        } else {
            System.out.println("Held-out shared set not found at " + shared + ": skipped.");
        }
        return 0;
    }

    private void report(String name, QuestionSet set, boolean showSentences) {
        List<Paraphrase> paraphrases = set.paraphrases() == null ? List.of() : set.paraphrases();
        List<NearMiss> nearMisses = set.near_misses() == null ? List.of() : set.near_misses();
        paraphrases.stream().limit(3).forEach(p -> known.decide(p.q(), false));
        int right = 0;
        int wrong = 0;
        int unanswered = 0;
        int onlineZero = 0;
        int onlinePick = 0;
        int pickHasRight = 0;
        long[] nanos = new long[paraphrases.size() + nearMisses.size()];
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < paraphrases.size(); i++) {
            Paraphrase p = paraphrases.get(i);
            long start = System.nanoTime();
            KnownQuestions.Decision offline = known.decide(p.q(), false);
            nanos[i] = System.nanoTime() - start;
            String answer = offline.certain().map(QueryMatch::name).orElse(null);
            if (answer == null) {
                unanswered++;
                if (verbose) {
                    lines.add("  unanswered: \"" + p.q() + "\" (" + p.query() + ") read as [" + known.reading(p.q())
                            + "], best " + known.match(p.q()).map(m -> m.name() + " " + round(m.score()) + " "
                                    + m.unexplainedTerms()).orElse("none") + "; answers " + ranked(p.q(), p.query()));
                }
            } else if (answer.equals(p.query())) {
                right++;
            } else {
                wrong++;
                lines.add("  wrong: \"" + p.q() + "\" answered by " + answer + ", expected " + p.query() + "; answers "
                        + ranked(p.q(), p.query()));
            }
            KnownQuestions.Decision online = known.decide(p.q(), true);
            if (online.certain().isPresent()) {
                onlineZero++;
            } else if (!online.toPick().isEmpty()) {
                onlinePick++;
                pickHasRight += online.toPick().stream().anyMatch(m -> m.name().equals(p.query())) ? 1 : 0;
            }
        }
        int nearAnswered = 0;
        for (int i = 0; i < nearMisses.size(); i++) {
            NearMiss n = nearMisses.get(i);
            long start = System.nanoTime();
            KnownQuestions.Decision offline = known.decide(n.q(), false);
            nanos[paraphrases.size() + i] = System.nanoTime() - start;
            if (offline.certain().isPresent()) {
                nearAnswered++;
                lines.add("  near miss answered: \"" + n.q() + "\" by " + offline.certain().get().name());
            }
        }
        if (showSentences) {
            sweep(paraphrases, nearMisses);
        }
        Arrays.sort(nanos);
        int total = paraphrases.size();
        System.out.printf("%n%s%n  %d rewordings: %d right (%.1f%%), %d wrong, %d unanswered; %d near misses: %d answered;"
                + " p50 %.1f ms%n", name, total, right, total == 0 ? 0 : 100.0 * right / total, wrong, unanswered,
                nearMisses.size(), nearAnswered, nanos.length == 0 ? 0 : nanos[nanos.length / 2] / 1e6);
        System.out.printf("  online: %d answered with zero model calls, %d left to one short pick (right query among"
                + " the options for %d)%n", onlineZero, onlinePick, pickHasRight);
        if (showSentences) {
            lines.forEach(System.out::println);
        }
    }

    /** Right / wrong / near misses answered at other offline thresholds: for tuning, on the tuning set only. */
    private void sweep(List<Paraphrase> paraphrases, List<NearMiss> nearMisses) {
        List<List<QueryMatch>> answers = paraphrases.stream().map(p -> known.approvedAnswers(p.q())).toList();
        List<List<QueryMatch>> nearAnswers = nearMisses.stream().map(n -> known.approvedAnswers(n.q())).toList();
        StringBuilder line = new StringBuilder("  sweep (threshold: right/wrong/near misses answered):");
        for (double t = 0.2; t < 0.71; t += 0.05) {
            int right = 0;
            int wrong = 0;
            int near = 0;
            for (int i = 0; i < paraphrases.size(); i++) {
                var certain = KnownQuestions.decide(answers.get(i), t, config.fastPathMargin(), Double.MAX_VALUE).certain();
                if (certain.isPresent()) {
                    right += certain.get().name().equals(paraphrases.get(i).query()) ? 1 : 0;
                    wrong += certain.get().name().equals(paraphrases.get(i).query()) ? 0 : 1;
                }
            }
            for (var a : nearAnswers) {
                near += KnownQuestions.decide(a, t, config.fastPathMargin(), Double.MAX_VALUE).certain().isPresent() ? 1 : 0;
            }
            line.append(String.format(" %.2f: %d/%d/%d", t, right, wrong, near));
        }
        System.out.println(line);
    }

    private String ranked(String question, String expected) {
        return known.approvedAnswers(question).stream().limit(3)
                .map(m -> m.name() + " " + round(m.score()) + "/" + round(KnownQuestions.rank(m))).toList()
                + known.considered(question).stream().filter(m -> m.name().equals(expected)).findFirst()
                        .map(m -> "; " + expected + " " + round(m.score()) + " " + m.unexplainedTerms())
                        .orElse("; " + expected + " not a candidate");
    }

    private static String round(double score) {
        return String.format("%.3f", score);
    }
}
