package dev.dash.eval;

import static dev.dash.testsupport.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional model judge, against a scripted model: it scores the insight of the cases that ask for it. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class EvalJudgeTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @Inject
    EvalRunner runner;
    @Inject
    ShippedEvals evals;
    @Inject
    ScriptedAnswers answers;

    @BeforeEach
    void data() {
        evals.ensureLoaded();
    }

    @Test
    void theOptionalModelJudgeScoresInsightWhereACaseAsks() {
        EvalFile smoke = evals.files().get("smoke");
        EvalCase insight = smoke.cases().stream().filter(c -> c.id().equals("insight_churn")).findFirst().orElseThrow();
        List<CaseResult> results = new ArrayList<>();
        EvalRunner.Listener judged = new EvalRunner.Listener() {
            int round;

            @Override
            public void starting(EvalFile f, EvalCase c) {
                String verdict = round++ == 0 ? "{\"score\": 8, \"reason\": \"Prioritised and specific.\"}"
                        : "Verdict: {\"score\": 3, \"reason\": \"Restates the numbers.\"}";
                MODEL.script(concat(answers.withGoldenValues(c), text(verdict)));
            }

            @Override
            public void finished(CaseResult result) {
                results.add(result);
            }
        };

        runner.run(smoke, List.of(insight, insight), new EvalRunner.Options(6), judged);

        assertThat(results.get(0).verdict()).isEqualTo(CaseResult.Verdict.PASS);
        assertThat(results.get(0).judge_score()).isEqualTo(8);
        assertThat(results.get(0).model_calls()).as("the judge's call is not the agent's").isEqualTo(2);
        assertThat(results.get(1).verdict()).isEqualTo(CaseResult.Verdict.FAIL);
        assertThat(results.get(1).reasons()).containsExactly("judge scored 3/10 (needs 6): Restates the numbers.");
        assertThat(MODEL.request(2)).contains("Names the leading cancellation reasons");
    }

    private static ScriptedModel.Reply[] concat(ScriptedModel.Reply[] first, ScriptedModel.Reply last) {
        List<ScriptedModel.Reply> all = new ArrayList<>(List.of(first));
        all.add(last);
        return all.toArray(ScriptedModel.Reply[]::new);
    }
}
