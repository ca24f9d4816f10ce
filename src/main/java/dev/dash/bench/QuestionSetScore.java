package dev.dash.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.knowledge.meaning.QueryMatch;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the known-question path does with one question set, with no model: rewordings answered right, wrong or not at
 * all, near misses answered, p50 latency, and online (zero model calls, or one short pick). Wrong answers and near
 * misses answered are kept as lines: they come first in every report.
 */
final class QuestionSetScore {

    /** A question set: rewordings of validated questions (with the query that answers them) and near misses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    record QuestionSet(String about, String written, List<Paraphrase> paraphrases, List<NearMiss> near_misses) {

        List<Paraphrase> rewordings() {
            return paraphrases == null ? List.of() : paraphrases;
        }

        List<NearMiss> nearMisses() {
            return near_misses == null ? List.of() : near_misses;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    record Paraphrase(String query, String q) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    record NearMiss(String q, String kind) {
    }

    /** The figures, as recorded in a round file's {@code first_run}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @RegisterForReflection
    record Figures(int rewordings, int right, int wrong, int unanswered, int near_misses, int near_answered,
            double p50_ms) {

        String line() {
            return String.format("%d rewordings: %d right (%.1f%%), %d wrong, %d unanswered; %d near misses: %d answered;"
                    + " p50 %.1f ms", rewordings, right, rewordings == 0 ? 0 : 100.0 * right / rewordings, wrong,
                    unanswered, near_misses, near_answered, p50_ms);
        }
    }

    final List<String> mistakes = new ArrayList<>();
    final List<Paraphrase> unanswered = new ArrayList<>();
    /** The questions behind the mistakes: wrongly answered rewordings and near misses answered. */
    final List<String> misread = new ArrayList<>();
    Figures figures;
    int onlineZero;
    int onlinePick;
    int pickHasRight;

    static QuestionSetScore of(QuestionSet set, KnownQuestions known) {
        QuestionSetScore score = new QuestionSetScore();
        score.measure(set, known);
        return score;
    }

    private void measure(QuestionSet set, KnownQuestions known) {
        List<Paraphrase> paraphrases = set.rewordings();
        List<NearMiss> nearMisses = set.nearMisses();
        paraphrases.stream().limit(3).forEach(p -> known.decide(p.q(), false));
        int right = 0;
        int wrong = 0;
        long[] nanos = new long[paraphrases.size() + nearMisses.size()];
        for (int i = 0; i < paraphrases.size(); i++) {
            Paraphrase p = paraphrases.get(i);
            long start = System.nanoTime();
            String answer = known.decide(p.q(), false).certain().map(QueryMatch::name).orElse(null);
            nanos[i] = System.nanoTime() - start;
            if (answer == null) {
                unanswered.add(p);
            } else if (answer.equals(p.query())) {
                right++;
            } else {
                wrong++;
                mistakes.add("wrong: \"" + p.q() + "\" answered by " + answer + ", expected " + p.query());
                misread.add(p.q());
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
            var certain = known.decide(n.q(), false).certain();
            nanos[paraphrases.size() + i] = System.nanoTime() - start;
            if (certain.isPresent()) {
                nearAnswered++;
                mistakes.add("near miss answered" + (n.kind() == null ? "" : " (" + n.kind() + ")") + ": \"" + n.q()
                        + "\" by " + certain.get().name());
                misread.add(n.q());
            }
        }
        Arrays.sort(nanos);
        figures = new Figures(paraphrases.size(), right, wrong, unanswered.size(), nearMisses.size(), nearAnswered,
                nanos.length == 0 ? 0 : Math.round(nanos[nanos.length / 2] / 1e5) / 10.0);
    }
}
