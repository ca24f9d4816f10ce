package dev.dash.slack;

import dev.dash.run.RunResponse;
import dev.dash.run.RunResponse.TracedNumber;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The short footer under an answer with figures: which queries they came from (a validated query by name, else
 * "ad-hoc SQL"), and the figures nothing backs. Answers without figures get none.
 */
final class SlackSources {

    static final String AD_HOC = "ad-hoc SQL";

    private SlackSources() {
    }

    static String footer(RunResponse run) {
        List<TracedNumber> numbers = run.numbers() == null ? List.of() : run.numbers();
        Set<String> sources = new LinkedHashSet<>();
        numbers.stream().filter(n -> n.verified() && n.sql() != null)
                .forEach(n -> sources.add(n.query() == null ? AD_HOC : "validated query `" + n.query() + "`"));
        List<String> unverified = numbers.stream().filter(n -> !n.verified()).map(TracedNumber::text).distinct()
                .toList();
        StringBuilder footer = new StringBuilder();
        if (!sources.isEmpty()) {
            footer.append("\n_Sources: ").append(String.join(", ", sources)).append("_");
        }
        if (!unverified.isEmpty()) {
            footer.append("\n_Unverified (matches no query result): ").append(String.join(", ", unverified))
                    .append("_");
        }
        return footer.isEmpty() ? "" : "\n" + footer;
    }
}
