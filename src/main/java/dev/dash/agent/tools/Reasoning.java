package dev.dash.agent.tools;

import dev.dash.agent.runtime.ToolResult;

/** Shared by the reasoning tools (think, analyze): the acknowledgement the model gets back. */
final class Reasoning {

    private Reasoning() {
    }

    static ToolResult noted(String title, String next) {
        String text = "Noted: " + title + (next == null || next.isBlank() ? "" : ". Next: " + next);
        return ToolResult.ok(text, title);
    }
}
