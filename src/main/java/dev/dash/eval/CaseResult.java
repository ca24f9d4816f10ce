package dev.dash.eval;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** How one case went, with what it cost: the JSON report holds one per case. */
@RegisterForReflection
public record CaseResult(String category, String id, String question, Verdict verdict, List<String> reasons,
        long ms, int model_calls, int prompt_tokens, int completion_tokens, String route, List<String> tools,
        String status, Integer judge_score, String answer) {

    public enum Verdict {
        PASS, FAIL, ERROR, SKIP
    }

    public int tokens() {
        return prompt_tokens + completion_tokens;
    }
}
