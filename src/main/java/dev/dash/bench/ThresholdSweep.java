package dev.dash.bench;

import dev.dash.bench.QuestionSetScore.QuestionSet;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.KnownQuestionsConfig;
import dev.dash.knowledge.meaning.QueryMatch;
import java.util.List;

/** Right / wrong / near misses answered at other offline thresholds: for tuning, on the tuning set only. */
final class ThresholdSweep {

    private final KnownQuestions known;
    private final KnownQuestionsConfig config;

    ThresholdSweep(KnownQuestions known, KnownQuestionsConfig config) {
        this.known = known;
        this.config = config;
    }

    void print(QuestionSet set) {
        var paraphrases = set.rewordings();
        List<List<QueryMatch>> answers = paraphrases.stream().map(p -> known.approvedAnswers(p.q())).toList();
        List<List<QueryMatch>> nearAnswers = set.nearMisses().stream().map(n -> known.approvedAnswers(n.q())).toList();
        StringBuilder line = new StringBuilder("  sweep (threshold: right/wrong/near misses answered):");
        for (double t = 0.2; t < 0.71; t += 0.05) {
            int right = 0;
            int wrong = 0;
            int near = 0;
            for (int i = 0; i < paraphrases.size(); i++) {
                var certain = KnownQuestions.decide(answers.get(i), t, config.fastPathMargin(), Double.MAX_VALUE)
                        .certain();
                if (certain.isPresent()) {
                    boolean isRight = certain.get().name().equals(paraphrases.get(i).query());
                    right += isRight ? 1 : 0;
                    wrong += isRight ? 0 : 1;
                }
            }
            for (var a : nearAnswers) {
                near += KnownQuestions.decide(a, t, config.fastPathMargin(), Double.MAX_VALUE).certain().isPresent()
                        ? 1 : 0;
            }
            line.append(String.format(" %.2f: %d/%d/%d", t, right, wrong, near));
        }
        System.out.println(line);
    }
}
