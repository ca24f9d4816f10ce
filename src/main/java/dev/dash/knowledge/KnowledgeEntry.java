package dev.dash.knowledge;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One unit of knowledge as stored, retrieved and cited. {@code content} is the compact text a prompt shows;
 * {@code questions} are the questions a validated query answers.
 */
@RegisterForReflection
public record KnowledgeEntry(String id, String kind, String origin, String source, String name, String content,
        List<String> questions, String sql, List<String> tables, boolean approved) {

    public static final String FILE = "file";
    public static final String RUNTIME = "runtime";

    public KnowledgeEntry {
        questions = List.copyOf(questions);
        tables = List.copyOf(tables);
    }

    /** Changes when anything that is embedded or shown changes; unchanged entries are not re-embedded. */
    public String contentHash() {
        String all = String.join("\u0000", kind, name, content, String.join("\u0001", questions),
                sql == null ? "" : sql, String.join(",", tables))
                // A file's query still a draft is another entry than the same query reviewed: a reload approves it.
                + (FILE.equals(origin) && !approved ? "\u0000draft" : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A name as part of an id: lower case, words joined by hyphens ("Net Revenue Retention" → net-revenue-retention). */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Texts whose vectors find this entry: each question of a query separately, else the entry itself. */
    public List<String> embeddingTexts() {
        List<String> texts = new ArrayList<>(questions);
        texts.add(name.replace('_', ' ') + ": " + content);
        return texts;
    }

    /** Words for full-text search. */
    public String searchText() {
        return String.join(" ", name.replace('_', ' '), String.join(" ", questions), content,
                String.join(" ", tables));
    }
}
