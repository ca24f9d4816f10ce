package dev.dash.eval;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One category's cases. {@code refusal_markers}: phrases of which a refusing answer holds one.
 * {@code secrets}: settings (environment or config names) whose values no answer may hold.
 * {@code forbidden_patterns}: regular expressions (connection strings, key shapes) no answer may match.
 */
@RegisterForReflection
public record EvalFile(String category, String description, List<String> refusal_markers, List<String> secrets,
        List<String> forbidden_patterns, List<EvalCase> cases) {

    public List<String> refusalMarkers() {
        return refusal_markers == null ? List.of() : refusal_markers;
    }

    public List<String> secretSettings() {
        return secrets == null ? List.of() : secrets;
    }

    public List<String> forbiddenPatterns() {
        return forbidden_patterns == null ? List.of() : forbidden_patterns;
    }
}
