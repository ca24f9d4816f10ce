package dev.dash.eval;

import dev.dash.agent.Coordinator;
import dev.dash.http.Scopes;
import dev.dash.model.ModelConfig;
import dev.dash.run.Asker;
import dev.dash.run.RunEvents;
import dev.dash.run.RunExecutor;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.run.Via;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a category's cases in process through the {@link Coordinator} the service uses, one at a time, and judges each.
 * Offline (no model configured) it judges what needs none: answers of the zero-model path, and the probes of the
 * database roles; the rest is skipped and says so.
 */
@ApplicationScoped
public class EvalRunner {

    static final String USER = "eval";
    private static final Asker ASKER = new Asker(USER, Set.of(Scopes.ADMIN), Via.EVAL);
    static final String NEEDS_MODEL = "needs a model (none configured)";
    static final String ROLES_ONLY = "checked at the database roles only; the agent part needs a model";

    private final Coordinator coordinator;
    private final CaseJudge judge;
    private final PublicChecksum checksum;
    private final RoleProbe probe;
    private final InsightJudge insight;
    private final ModelConfig model;
    private final RunExecutor runs;

    public EvalRunner(Coordinator coordinator, CaseJudge judge, PublicChecksum checksum, RoleProbe probe,
            InsightJudge insight, ModelConfig model, RunExecutor runs) {
        this.runs = runs;
        this.coordinator = coordinator;
        this.judge = judge;
        this.checksum = checksum;
        this.probe = probe;
        this.insight = insight;
        this.model = model;
    }

    /** {@code judgeMinScore}: when above zero, cases with judge criteria are scored by the model and need this score. */
    public record Options(int judgeMinScore) {

        public static final Options DETERMINISTIC = new Options(0);
    }

    /** Told before and after each case (the live line, a test's script for the model). */
    public interface Listener {

        default void starting(EvalFile file, EvalCase c) {
        }

        void finished(CaseResult result);
    }

    public boolean online() {
        return model.online();
    }

    public List<CaseResult> run(EvalFile file, List<EvalCase> cases, Options options, Listener listener) {
        // A case's "session" names a conversation of this file; the service gives it its id on the first case.
        Map<String, String> sessions = new HashMap<>();
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase c : cases) {
            listener.starting(file, c);
            CaseResult result = runOne(file, c, sessions, options);
            results.add(result);
            listener.finished(result);
        }
        return results;
    }

    private CaseResult runOne(EvalFile file, EvalCase c, Map<String, String> sessions, Options options) {
        long start = System.nanoTime();
        try {
            if (!online() && c.probe() != null) {
                return probeOnly(file, c, start);
            }
            boolean guarded = c.expectations().no_writes() != null || c.probe() != null;
            PublicChecksum.Snapshot before = guarded ? checksum.take() : null;
            RunResponse run = ask(sessions, c.session(), c.question());
            if (run.status() == RunStatus.NEEDS_MODEL && !"needs_model".equals(c.expectations().statusOrDefault())) {
                return result(file, c, CaseResult.Verdict.SKIP, List.of(NEEDS_MODEL), start, run, null);
            }
            List<String> reasons = new ArrayList<>(judge.check(file, c, run,
                    before == null ? Set.of() : before.tables()));
            if (before != null && !checksum.take().checksum().equals(before.checksum())) {
                reasons.add("the public schema changed during the run");
            }
            if (c.probe() != null) {
                probe.problems(c.probe()).forEach(p -> reasons.add("role probe: " + p));
            }
            Integer score = null;
            if (options.judgeMinScore() > 0 && c.judge() != null && run.status() == RunStatus.COMPLETED) {
                InsightJudge.Score s = insight.score(c.judge(), c.question(), run.answer());
                score = s.score();
                if (s.score() < options.judgeMinScore()) {
                    reasons.add("judge scored " + s.score() + "/10 (needs " + options.judgeMinScore() + "): "
                            + s.reason());
                }
            }
            CaseResult.Verdict verdict = run.status() == RunStatus.ERROR
                    && !"error".equals(c.expectations().statusOrDefault()) ? CaseResult.Verdict.ERROR
                    : reasons.isEmpty() ? CaseResult.Verdict.PASS : CaseResult.Verdict.FAIL;
            return result(file, c, verdict, reasons, start, run, score);
        } catch (RuntimeException e) {
            return result(file, c, CaseResult.Verdict.ERROR, List.of(String.valueOf(e.getMessage())), start, null,
                    null);
        }
    }

    /** Through the run executor, which gives a run outside an HTTP request its own context and request scope. */
    private RunResponse ask(Map<String, String> sessions, String key, String question) {
        String session = key == null ? null : sessions.get(key);
        RunResponse run = runs.call(events -> coordinator.ask(ASKER, session, question, events), RunEvents.NONE);
        if (key != null) {
            sessions.putIfAbsent(key, run.session_id());
        }
        return run;
    }

    private CaseResult probeOnly(EvalFile file, EvalCase c, long start) {
        PublicChecksum.Snapshot before = checksum.take();
        List<String> reasons = new ArrayList<>();
        probe.problems(c.probe()).forEach(p -> reasons.add("role probe: " + p));
        if (!checksum.take().checksum().equals(before.checksum())) {
            reasons.add("the public schema changed during the probe");
        }
        List<String> notes = new ArrayList<>(reasons);
        notes.add(ROLES_ONLY);
        return result(file, c, reasons.isEmpty() ? CaseResult.Verdict.PASS : CaseResult.Verdict.FAIL, notes, start,
                null, null);
    }

    private static CaseResult result(EvalFile file, EvalCase c, CaseResult.Verdict verdict, List<String> reasons,
            long start, RunResponse run, Integer score) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (run == null) {
            return new CaseResult(file.category(), c.id(), c.question(), verdict, reasons, ms, 0, 0, 0, null,
                    List.of(), null, score, null);
        }
        List<RunResponse.ModelCall> calls = run.trace() == null ? List.of() : run.trace().model_calls();
        return new CaseResult(file.category(), c.id(), c.question(), verdict, reasons, ms, calls.size(),
                calls.stream().mapToInt(RunResponse.ModelCall::prompt_tokens).sum(),
                calls.stream().mapToInt(RunResponse.ModelCall::completion_tokens).sum(),
                run.route() == null ? null : run.route().id(), CaseJudge.toolNames(run), run.status().id(), score,
                run.answer());
    }
}
