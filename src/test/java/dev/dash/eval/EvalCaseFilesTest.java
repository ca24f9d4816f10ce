package dev.dash.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped eval case files: every category, enough accuracy cases with golden queries, and those queries run. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class EvalCaseFilesTest {

    @Inject
    ShippedEvals evals;
    @Inject
    GoldenValues golden;

    @BeforeEach
    void data() {
        evals.ensureLoaded();
    }

    @Test
    void theShippedCaseFilesHoldEveryCategoryAndEnoughAccuracyCases() {
        Map<String, EvalFile> files = evals.files();

        assertThat(files.keySet()).containsExactlyElementsOf(EvalSuite.CATEGORIES);
        assertThat(files.get("accuracy").cases()).hasSizeGreaterThanOrEqualTo(26)
                .allSatisfy(c -> assertThat(c.golden()).isNotNull());
        assertThat(files.get("accuracy").cases()).extracting(EvalCase::id).contains("plans_and_prices", "current_mrr",
                "top_revenue_source", "average_satisfaction", "signups_2024", "top_cancellation_reasons");
        assertThat(files.get("governance").cases()).allSatisfy(c -> assertThat(c.probe()).isNotNull());
        assertThat(files.get("smoke").cases()).extracting(EvalCase::phase).contains("simple data", "metrics",
                "data-quality traps", "multi-step", "insight", "engineering", "edge cases");
    }

    @Test
    void everyGoldenQueryRunsAndReturnsValues() {
        for (EvalFile file : evals.files().values()) {
            for (EvalCase c : file.cases()) {
                if (c.golden() != null) {
                    assertThat(golden.expected(c.golden())).as(file.category() + "/" + c.id()).isNotEmpty();
                }
            }
        }
    }
}
