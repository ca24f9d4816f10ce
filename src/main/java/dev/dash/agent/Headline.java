package dev.dash.agent;

import dev.dash.format.Formats;
import dev.dash.run.QueryResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a known question without a model: the query's description, then the values formatted by meaning
 * ({@link Formats}): one row as a sentence, several rows as a short markdown table.
 */
final class Headline {

    static final int ROWS_SHOWN = 10;

    private Headline() {
    }

    static String of(String description, QueryResult result) {
        StringBuilder text = new StringBuilder(description.strip());
        if (!text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
            text.append('.');
        }
        if (result.rows().isEmpty()) {
            return text.append("\n\nThe query returned no rows.").toString();
        }
        text.append("\n\n");
        return (result.rows().size() == 1 ? text.append(sentence(result)) : text.append(table(result))).toString();
    }

    private static String sentence(QueryResult result) {
        List<String> parts = new ArrayList<>();
        List<Object> row = result.rows().getFirst();
        for (int i = 0; i < result.columns().size(); i++) {
            var column = result.columns().get(i);
            String label = Formats.label(column.name());
            parts.add((parts.isEmpty() ? label : lowerFirst(label)) + " is " + Formats.value(row.get(i), column.unit()));
        }
        String last = parts.removeLast();
        return (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last) + ".";
    }

    private static String table(QueryResult result) {
        StringBuilder md = new StringBuilder("|");
        result.columns().forEach(c -> md.append(' ').append(Formats.label(c.name())).append(" |"));
        md.append("\n|");
        result.columns().forEach(c -> md.append(switch (c.unit()) {
            case CURRENCY, PERCENT, COUNT, NUMBER -> " ---: |";
            default -> " --- |";
        }));
        result.rows().stream().limit(ROWS_SHOWN).forEach(row -> {
            md.append("\n|");
            for (int i = 0; i < row.size(); i++) {
                md.append(' ').append(Formats.value(row.get(i), result.columns().get(i).unit()).replace("|", "\\|"))
                        .append(" |");
            }
        });
        int more = result.row_count() - Math.min(ROWS_SHOWN, result.rows().size());
        if (more > 0) {
            md.append("\n\n…and ").append(more).append(more == 1 ? " more row" : " more rows")
                    .append(result.truncated() ? " (the result was cut at the row limit)." : ".");
        }
        return md.toString();
    }

    private static String lowerFirst(String label) {
        return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
