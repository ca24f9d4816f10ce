package dev.dash.knowledge.files;

import dev.dash.knowledge.KnowledgeEntry;
import java.util.ArrayList;
import java.util.List;

/** Splits a Markdown page at its headings; each chunk keeps the page title and its heading for context. */
public final class MarkdownChunker {

    /** A chunk: {@code slug} is unique within the page. */
    public record Chunk(String slug, String heading, String text) {
    }

    private MarkdownChunker() {
    }

    public static List<Chunk> chunk(String markdown, String pageName) {
        List<Chunk> chunks = new ArrayList<>();
        String title = pageName;
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.matches("^#{2,6} .*")) {
                add(chunks, title, heading, body);
                heading = line.replaceFirst("^#+ ", "").strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(chunks, title, heading, body);
        return chunks;
    }

    private static void add(List<Chunk> chunks, String title, String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (text.isEmpty()) {
            return;
        }
        String name = heading == null ? title : title + " — " + heading;
        String slug = KnowledgeEntry.slug(heading == null ? "intro" : heading);
        long same = chunks.stream().filter(c -> c.slug().equals(slug) || c.slug().startsWith(slug + "-")).count();
        chunks.add(new Chunk(same == 0 ? slug : slug + "-" + (same + 1), name, text));
    }
}
