package dev.dash.agent.runtime;

/** What a tool gives back: text for the model, a short summary for the trace. */
public record ToolResult(boolean ok, String text, String summary) {

    public static ToolResult ok(String text, String summary) {
        return new ToolResult(true, text, summary);
    }

    public static ToolResult failed(String text) {
        return new ToolResult(false, text, text.lines().findFirst().orElse(text));
    }
}
