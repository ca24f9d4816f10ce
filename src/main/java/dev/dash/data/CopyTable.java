package dev.dash.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** One table's rows in PostgreSQL's COPY text format. */
record CopyTable<T>(String table, String columns, List<T> rows, Function<T, List<Object>> values) {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    String copySql() {
        return "COPY public." + table + " (" + columns + ") FROM STDIN";
    }

    String text() {
        StringBuilder out = new StringBuilder(rows.size() * 96);
        for (T row : rows) {
            List<Object> fields = values.apply(row);
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(format(fields.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String format(Object value) {
        return switch (value) {
            case null -> "\\N";
            case LocalDateTime t -> TIMESTAMP.format(t);
            case BigDecimal d -> d.toPlainString();
            default -> value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r");
        };
    }
}
