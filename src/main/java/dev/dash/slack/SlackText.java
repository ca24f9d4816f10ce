package dev.dash.slack;

import dev.dash.format.Formats;
import dev.dash.run.QueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an answer's markdown into Slack's mrkdwn: bold, links and headings rewritten, markdown tables shown as code
 * blocks (Slack draws no tables), and a small result appended as a code block when the text has no table of its own.
 */
public final class SlackText {

    /** Slack cuts messages near 4,000 characters; longer answers end with a note. */
    static final int MAX_CHARS = 3800;

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");

    private SlackText() {
    }

    public static String of(String markdown, QueryResult result, int maxTableRows) {
        List<String> lines = new ArrayList<>();
        List<String> table = new ArrayList<>();
        boolean inCode = false;
        boolean hadTable = false;
        for (String line : markdown.strip().split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && line.strip().startsWith("|")) {
                table.add(line.strip());
                continue;
            }
            if (!table.isEmpty()) {
                lines.add(codeBlock(cells(table)));
                table.clear();
                hadTable = true;
            }
            lines.add(inCode ? line : inline(line));
        }
        if (!table.isEmpty()) {
            lines.add(codeBlock(cells(table)));
            hadTable = true;
        }
        String text = String.join("\n", lines);
        if (!hadTable && result != null && result.row_count() > 1 && result.row_count() <= maxTableRows) {
            text += "\n" + table(result);
        }
        return cut(text);
    }

    /** A query result as an aligned code block. */
    public static String table(QueryResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(result.columns().stream().map(c -> Formats.label(c.name())).toList());
        result.rows().forEach(row -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(Formats.value(row.get(i), result.columns().get(i).unit()));
            }
            rows.add(cells);
        });
        return codeBlock(rows);
    }

    static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        String kept = text.substring(0, MAX_CHARS);
        // An open code block would swallow the note.
        boolean openCode = kept.split("```", -1).length % 2 == 0;
        return kept + (openCode ? "\n```" : "") + "\n_(answer cut; ask for less detail or use the web page)_";
    }

    private static String inline(String line) {
        String text = HEADING.matcher(line).replaceAll("**$1**");
        text = BOLD.matcher(text).replaceAll("*$1*");
        return LINK.matcher(text).replaceAll("<$2|$1>");
    }

    /** Markdown table lines as cells, without the |---| separator row. */
    private static List<List<String>> cells(List<String> table) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : table) {
            String inner = line.replaceAll("^\\|", "").replaceAll("\\|$", "");
            List<String> row = List.of(inner.split("\\|", -1)).stream().map(c -> c.strip().replace("**", "")).toList();
            if (row.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
                continue;
            }
            rows.add(row);
        }
        return rows;
    }

    /** Rows (the first one is the header) as an aligned code block; numeric columns align right. */
    private static String codeBlock(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        boolean[] right = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            int column = i;
            rows.forEach(row -> width[column] = Math.max(width[column], column < row.size() ? row.get(column).length() : 0));
            right[i] = rows.size() > 1 && rows.stream().skip(1)
                    .allMatch(row -> column < row.size() && numeric(row.get(column)));
        }
        StringBuilder block = new StringBuilder("```\n");
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(pad(row.get(i), width[i], right[i]));
            }
            block.append(line.toString().stripTrailing()).append('\n');
        }
        return block.append("```").toString();
    }

    private static boolean numeric(String cell) {
        return cell.equals(Formats.NO_VALUE) || cell.matches("-?[$€£]?[\\d,]*\\.?\\d+%?");
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(width - cell.length());
        return right ? spaces + cell : cell + spaces;
    }
}
