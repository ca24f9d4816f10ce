package dev.dash.knowledge.files;

import java.util.List;

/**
 * Writes queries in the tagged format {@link QueryFileParser} reads. A file with a {@link #DRAFT} line was drafted by a
 * program (./dash connect): its queries serve the model as examples, but answer without a model only once a person
 * reviewed them and deleted that line.
 */
public final class QueryFileText {

    /** How the line that marks a drafted query file begins. */
    public static final String DRAFT = "-- draft: ";

    private QueryFileText() {
    }

    /** One query: its name, description, the questions it answers and its SQL, ending with a newline. */
    public static String block(String name, String description, List<String> questions, String sql) {
        StringBuilder text = new StringBuilder("-- <query ").append(name).append(">\n")
                .append("-- <description>").append(description.replace('\n', ' ')).append("</description>\n");
        questions.forEach(q -> text.append("-- <question>").append(q.replace('\n', ' ')).append("</question>\n"));
        return text.append("-- <query>\n").append(sql.strip()).append("\n-- </query>\n").toString();
    }

    /** Whether a query file's text still carries the draft line. */
    public static boolean isDraft(String text) {
        return text.lines().anyMatch(line -> line.startsWith(DRAFT));
    }
}
