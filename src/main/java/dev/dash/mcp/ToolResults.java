package dev.dash.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/**
 * What a tool returns: text for the assistant to read, with the same data as JSON (structured content) where there is
 * any. A refusal or failure is a tool error the assistant can read and act on, not a protocol error.
 */
final class ToolResults {

    private ToolResults() {
    }

    static CallToolResult text(String text) {
        return CallToolResult.builder().addTextContent(text).isError(false).build();
    }

    static CallToolResult structured(String text, Map<String, Object> content, boolean error) {
        return CallToolResult.builder().addTextContent(text).structuredContent(content).isError(error).build();
    }

    static CallToolResult error(String text) {
        return CallToolResult.builder().addTextContent(text).isError(true).build();
    }

    /** A text argument: absent is null; any other type is an error. */
    static String string(Map<String, Object> args, String name) {
        Object value = args.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException("Argument '" + name + "' must be a string");
    }
}
