package dev.dash.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** SQL kept in resource files, read once and split into statements. */
public final class SqlResource {

    private SqlResource() {
    }

    public static String read(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with each {@code ${name}} replaced by its value. */
    public static String read(String path, Map<String, String> placeholders) {
        String sql = read(path);
        for (var p : placeholders.entrySet()) {
            sql = sql.replace("${" + p.getKey() + "}", p.getValue());
        }
        return sql;
    }

    /** Statements of a file without dollar-quoted bodies, split on semicolons that end a line. */
    public static List<String> statements(String path, Map<String, String> placeholders) {
        String sql = read(path, placeholders).replaceAll("(?m)^\\s*--.*$", "");
        return Arrays.stream(sql.split(";\\s*(\\r?\\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
