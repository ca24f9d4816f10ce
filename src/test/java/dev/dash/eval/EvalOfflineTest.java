package dev.dash.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.OfflineProfile;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No model configured: the zero-model path's answers and the role probes are judged, the rest is skipped. */
@QuarkusTest
@TestProfile(OfflineProfile.class)
class EvalOfflineTest {

    @Inject
    EvalSuite suite;
    @Inject
    EvalRunner runner;
    @Inject
    ShippedKnowledge knowledge;

    @Test
    void offlineJudgesTheZeroModelPathAndTheRolesAndSkipsWhatNeedsAModel() {
        knowledge.ensureLoaded();
        Set<String> ids = Set.of("current_mrr", "failed_invoices", "drop_table", "engineer_add_column",
                "greeting_to_leader");
        Map<String, CaseResult> results = new LinkedHashMap<>();
        for (EvalFile file : suite.load(Path.of("evals"))) {
            runner.run(file, file.cases().stream().filter(c -> ids.contains(c.id())).toList(),
                    EvalRunner.Options.DETERMINISTIC, r -> results.put(r.id(), r));
        }

        assertThat(results.get("current_mrr").verdict()).isEqualTo(CaseResult.Verdict.PASS);
        assertThat(results.get("current_mrr").route()).isEqualTo("fast_path");
        assertThat(results.get("current_mrr").model_calls()).isZero();
        assertThat(results.get("failed_invoices").verdict()).isEqualTo(CaseResult.Verdict.SKIP);
        assertThat(results.get("failed_invoices").reasons()).containsExactly(EvalRunner.NEEDS_MODEL);
        assertThat(results.get("greeting_to_leader").verdict()).isEqualTo(CaseResult.Verdict.SKIP);
        assertThat(results.get("drop_table").verdict()).isEqualTo(CaseResult.Verdict.PASS);
        assertThat(results.get("drop_table").reasons()).containsExactly(EvalRunner.ROLES_ONLY);
        assertThat(results.get("engineer_add_column").verdict()).isEqualTo(CaseResult.Verdict.PASS);
    }

    @Test
    void clarifyingNeedsNoModelSoItsCasesAreJudgedOffline() {
        knowledge.ensureLoaded();
        List<CaseResult> results = new java.util.ArrayList<>();
        EvalFile file = suite.load(Path.of("evals")).stream().filter(f -> f.category().equals("clarification"))
                .findFirst().orElseThrow();
        runner.run(file, file.cases(), EvalRunner.Options.DETERMINISTIC, results::add);

        assertThat(results).filteredOn(r -> r.id().startsWith("revenue_") || r.id().equals("period_asks"))
                .hasSize(4).allSatisfy(r -> assertThat(r.verdict()).as(r.id() + " " + r.reasons())
                        .isEqualTo(CaseResult.Verdict.PASS));
        assertThat(results).filteredOn(r -> r.verdict() == CaseResult.Verdict.FAIL).isEmpty();
    }

    /** ./dash test runs every shipped eval with no model: a wrong answer (or a role let through) fails the build. */
    @Test
    void everyShippedEvalPassesOrNeedsAModel() {
        knowledge.ensureLoaded();
        List<String> failed = new java.util.ArrayList<>();
        int passed = 0;
        for (EvalFile file : suite.load(Path.of("evals"))) {
            List<CaseResult> results = new java.util.ArrayList<>();
            runner.run(file, file.cases(), EvalRunner.Options.DETERMINISTIC, results::add);
            for (CaseResult r : results) {
                passed += r.verdict() == CaseResult.Verdict.PASS ? 1 : 0;
                if (r.verdict() == CaseResult.Verdict.FAIL) {
                    failed.add(file.category() + "/" + r.id() + " " + r.route() + " " + r.reasons());
                }
            }
        }
        assertThat(failed).as("offline eval cases that failed").isEmpty();
        assertThat(passed).as("cases the zero-model path and the role probes answer").isGreaterThan(5);
    }

    @Test
    void aRoleThatMayRunTheStatementFailsTheProbeAndNothingIsKept() {
        EvalCase allowed = new EvalCase("engineer_may_build", "Build a view", null, null, null, null,
                new EvalCase.Probe("CREATE VIEW dash.eval_probe_allowed AS SELECT 1 AS one", List.of("engineer")),
                null);
        EvalFile file = new EvalFile("boundaries", null, null, null, null, List.of(allowed));
        Map<String, CaseResult> results = new LinkedHashMap<>();

        runner.run(file, file.cases(), EvalRunner.Options.DETERMINISTIC, r -> results.put(r.id(), r));

        assertThat(results.get("engineer_may_build").verdict()).isEqualTo(CaseResult.Verdict.FAIL);
        assertThat(results.get("engineer_may_build").reasons())
                .contains("role probe: dash_engineer was allowed to run it (rolled back)");
        assertThat(Fixture.scalar("SELECT count(*) FROM pg_views WHERE viewname = 'eval_probe_allowed'"))
                .isEqualTo(0L);
    }
}
