package dev.dash.agent.tools;

import java.util.LinkedHashMap;
import java.util.Map;

/** A tool call's arguments as the trace and the events show them: in the tool's order, unset ones as null. */
final class ToolArgs {

    private ToolArgs() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }
}
