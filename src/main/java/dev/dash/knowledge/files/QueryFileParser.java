package dev.dash.knowledge.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads upstream Dash's tagged query files: {@code -- <query NAME>}, {@code -- <description>…</description>},
 * our optional repeatable {@code -- <question>…</question>}, then the SQL between {@code -- <query>} and
 * {@code -- </query>}.
 */
public final class QueryFileParser {

    private static final Pattern NAME = Pattern.compile("^--\\s*<query\\s+([\\w.-]+)\\s*>\\s*$");
    private static final Pattern DESCRIPTION = Pattern.compile("^--\\s*<description>(.*?)(</description>)?\\s*$");
    private static final Pattern QUESTION = Pattern.compile("^--\\s*<question>(.*?)</question>\\s*$");
    private static final Pattern OPEN = Pattern.compile("^--\\s*<query>\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^--\\s*</query>\\s*$");

    /** One query of a file. */
    public record ParsedQuery(String name, String description, List<String> questions, String sql) {
    }

    private QueryFileParser() {
    }

    public static List<ParsedQuery> parse(String text, String source) {
        List<ParsedQuery> queries = new ArrayList<>();
        String name = null;
        StringBuilder description = new StringBuilder();
        List<String> questions = new ArrayList<>();
        StringBuilder sql = null;
        boolean inDescription = false;
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.strip();
            Matcher m;
            if (sql != null) {
                if (CLOSE.matcher(trimmed).matches()) {
                    queries.add(new ParsedQuery(require(name, source, lineNumber), description.toString().strip(),
                            List.copyOf(questions), sql.toString().strip()));
                    name = null;
                    description.setLength(0);
                    questions.clear();
                    sql = null;
                } else {
                    sql.append(line).append('\n');
                }
            } else if (inDescription) {
                String body = trimmed.replaceFirst("^--\\s?", "");
                inDescription = !body.contains("</description>");
                description.append(' ').append(body.replace("</description>", "").strip());
            } else if ((m = NAME.matcher(trimmed)).matches()) {
                name = m.group(1);
            } else if ((m = DESCRIPTION.matcher(trimmed)).matches()) {
                description.append(m.group(1).strip());
                inDescription = m.group(2) == null;
            } else if ((m = QUESTION.matcher(trimmed)).matches()) {
                questions.add(m.group(1).strip());
            } else if (OPEN.matcher(trimmed).matches()) {
                require(name, source, lineNumber);
                sql = new StringBuilder();
            }
        }
        if (sql != null) {
            throw new IllegalArgumentException(source + ": query " + name + " has no closing -- </query>");
        }
        return queries;
    }

    private static String require(String name, String source, int line) {
        if (name == null) {
            throw new IllegalArgumentException(source + ":" + line + ": -- <query> without a preceding -- <query NAME>");
        }
        return name;
    }
}
