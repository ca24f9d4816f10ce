package dev.dash.agent.tools;

import dev.dash.agent.runtime.ToolResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared by the reasoning tools: argument maps and the acknowledgement the model gets back. */
final class Reasoning {

    private Reasoning() {
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            args.put((String) pairs[i], pairs[i + 1]);
        }
        return args;
    }

    static ToolResult noted(String title, String next) {
        String text = "Noted: " + title + (next == null || next.isBlank() ? "" : ". Next: " + next);
        return ToolResult.ok(text, title);
    }
}
