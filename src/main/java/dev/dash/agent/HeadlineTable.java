package dev.dash.agent;

import dev.dash.format.Formats;
import dev.dash.run.QueryResult;

/** A result's first rows as a markdown table, numbers right-aligned, with how many more there are. */
final class HeadlineTable {

    private HeadlineTable() {
    }

    static String of(QueryResult result, int shown) {
        StringBuilder md = new StringBuilder("|");
        result.columns().forEach(c -> md.append(' ').append(Formats.label(c.name())).append(" |"));
        md.append("\n|");
        result.columns().forEach(c -> md.append(switch (c.unit()) {
            case CURRENCY, PERCENT, COUNT, NUMBER -> " ---: |";
            default -> " --- |";
        }));
        result.rows().stream().limit(shown).forEach(row -> {
            md.append("\n|");
            for (int i = 0; i < row.size(); i++) {
                md.append(' ').append(Formats.value(row.get(i), result.columns().get(i).unit()).replace("|", "\\|"))
                        .append(" |");
            }
        });
        int more = result.row_count() - Math.min(shown, result.rows().size());
        if (more > 0) {
            md.append("\n\n…and ").append(more).append(more == 1 ? " more row" : " more rows")
                    .append(result.truncated() ? " (the result was cut at the row limit)." : ".");
        }
        return md.toString();
    }
}
