package dev.dash.onboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes drafts without ever overwriting a person's work. A draft carries its marker, with the SHA-256 of the file as
 * written (computed with the hash itself as zeros): a file connect finds unchanged since it wrote it is its own and may
 * be refreshed; one whose text no longer matches, or that has no marker (a person's file, or a reviewed draft whose
 * marker was deleted), is left alone.
 */
final class DraftFiles {

    private static final String ZEROS = "0".repeat(64);
    /** The draft marker as a JSON file's {@code draft} field holds it; {@link #sign} fills in the hash. */
    static final String MARKER = "Drafted by ./dash connect from the schema and the data. Review it, then delete this "
            + "line: connect rewrites this file only while it is exactly as connect wrote it (sha256:" + ZEROS + ")";
    private static final Pattern HASH = Pattern.compile("\\(sha256:([0-9a-f]{64})\\)");

    /** What became of one file. */
    enum Outcome {
        /** It did not exist. */
        WRITTEN,
        /** It was connect's own unchanged draft, and the schema or data changed since. */
        REFRESHED,
        /** It was connect's own draft and the new one is the same. */
        UNCHANGED,
        /** A person wrote or edited it: left alone. */
        KEPT
    }

    private DraftFiles() {
    }

    /** Writes {@code text} (which contains {@link #MARKER}) to {@code file} unless a person wrote or edited it. */
    static Outcome write(Path file, String text) {
        String signed = sign(text);
        try {
            if (!Files.exists(file)) {
                replace(file, signed);
                return Outcome.WRITTEN;
            }
            String current = Files.readString(file, StandardCharsets.UTF_8);
            if (current.equals(signed)) {
                return Outcome.UNCHANGED;
            }
            if (!isUntouchedDraft(current)) {
                return Outcome.KEPT;
            }
            replace(file, signed);
            return Outcome.REFRESHED;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Whether the text is a draft exactly as connect wrote it. */
    static boolean isUntouchedDraft(String text) {
        Matcher m = HASH.matcher(text);
        if (!m.find()) {
            return false;
        }
        String blank = text.substring(0, m.start(1)) + ZEROS + text.substring(m.end(1));
        return sha256(blank).equals(m.group(1));
    }

    static String sign(String text) {
        String blank = "(sha256:" + ZEROS + ")";
        int at = text.indexOf(blank);
        if (at < 0) {
            throw new IllegalArgumentException("A draft must carry the marker");
        }
        return text.substring(0, at) + "(sha256:" + sha256(text) + ")" + text.substring(at + blank.length());
    }

    private static void replace(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
