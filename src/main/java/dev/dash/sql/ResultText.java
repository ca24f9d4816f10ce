package dev.dash.sql;

import dev.dash.run.QueryResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A compact, unambiguous text table of a result for a model prompt, capped in rows and characters. */
public final class ResultText {

    private ResultText() {
    }

    public static String of(QueryResult result, int maxRows, int maxChars) {
        if (result.columns().isEmpty()) {
            return "Statement executed; it returned no rows.";
        }
        StringBuilder text = new StringBuilder();
        text.append(result.columns().stream().map(QueryResult.Column::name).collect(Collectors.joining(" | ")))
                .append('\n');
        int shown = 0;
        for (List<Object> row : result.rows()) {
            String line = row.stream().map(ResultText::cell).collect(Collectors.joining(" | "));
            if (shown == maxRows || text.length() + line.length() > maxChars) {
                break;
            }
            text.append(line).append('\n');
            shown++;
        }
        text.append('(').append(result.row_count()).append(result.row_count() == 1 ? " row" : " rows");
        if (shown < result.row_count()) {
            text.append(", first ").append(shown).append(" shown");
        }
        if (result.truncated()) {
            text.append("; result cut at the row limit, more rows exist");
        }
        return text.append(')').toString();
    }

    public static String cell(Object value) {
        return switch (value) {
            case null -> "NULL";
            case BigDecimal d -> d.stripTrailingZeros().scale() <= 0
                    ? d.setScale(0).toPlainString() : d.toPlainString();
            case Double d -> BigDecimal.valueOf(d).toPlainString();
            default -> value.toString();
        };
    }
}
