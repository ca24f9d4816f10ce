package dev.dash.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders retrieved entries as prompt text, grouped by kind, each citing its reference. */
final class ContextText {

    static final Map<String, String> HEADINGS = headings();

    private ContextText() {
    }

    static String render(List<ContextPack.Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (var heading : HEADINGS.entrySet()) {
            var ofKind = entries.stream().filter(e -> e.kind().equals(heading.getKey())).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            text.append("### ").append(heading.getValue()).append('\n');
            for (var entry : ofKind) {
                text.append('[').append(entry.ref()).append("] ").append(entry.text().strip()).append('\n');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private static Map<String, String> headings() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("table", "Tables");
        headings.put("view", "Views the Engineer built");
        headings.put("metric", "Metrics");
        headings.put("rule", "Business rules");
        headings.put("gotcha", "Known gotchas");
        headings.put("query", "Validated queries");
        headings.put("learning", "Learnings from earlier errors");
        headings.put("doc", "Docs");
        return headings;
    }
}
