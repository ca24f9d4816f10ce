package dev.dash.agent;

import dev.dash.sql.QueryResult;
import dev.dash.sql.ResultText;
import java.util.ArrayList;
import java.util.List;

/** The answer to a known question without a model: the query's description and the first row's values. */
final class Headline {

    private static final int MAX_ROWS_SHOWN = 10;

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
        List<String> first = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            first.add("**" + result.columns().get(i).name() + "**: " + ResultText.cell(result.rows().get(0).get(i)));
        }
        text.append("\n\n").append(String.join(", ", first));
        if (result.row_count() > 1) {
            text.append("\n\n").append(table(result));
        }
        return text.toString();
    }

    private static String table(QueryResult result) {
        StringBuilder md = new StringBuilder("|");
        result.columns().forEach(c -> md.append(' ').append(c.name()).append(" |"));
        md.append("\n|");
        result.columns().forEach(c -> md.append(" --- |"));
        result.rows().stream().limit(MAX_ROWS_SHOWN).forEach(row -> {
            md.append("\n|");
            row.forEach(v -> md.append(' ').append(ResultText.cell(v)).append(" |"));
        });
        if (result.row_count() > MAX_ROWS_SHOWN) {
            md.append("\n\n(").append(result.row_count()).append(" rows, first ").append(MAX_ROWS_SHOWN).append(" shown)");
        }
        return md.toString();
    }
}
