package dev.dash.testsupport;

import dev.dash.auth.DevTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** Tokens for prd-mode tests, signed with a key pair made for this test JVM (and a stranger's, for forgeries). */
public final class TestTokens {

    public static final DevTokens TRUSTED = create();
    public static final DevTokens STRANGER = create();

    private TestTokens() {
    }

    public static String bearer(String subject, String... scopes) {
        return "Bearer " + TRUSTED.mint(subject, List.of(scopes), Duration.ofMinutes(5));
    }

    private static DevTokens create() {
        try {
            return DevTokens.in(Files.createTempDirectory("dash-jwt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
