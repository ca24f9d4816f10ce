package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.postgresql.shaded.com.ongres.scram.common.ScramFunctions;
import org.postgresql.shaded.com.ongres.scram.common.ScramMechanism;
import org.postgresql.shaded.com.ongres.scram.common.StringPreparation;

/** The verifier matches what the PostgreSQL driver's own SCRAM library derives from the same password and salt. */
class ScramVerifierTest {

    private static final String PASSWORD = "s3cret-Pa55word_xyz";
    private static final byte[] SALT = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheDriversScramFunctions() {
        ScramMechanism sha256 = ScramMechanism.SCRAM_SHA_256;
        byte[] salted = ScramFunctions.saltedPassword(sha256, StringPreparation.POSTGRESQL_PREPARATION,
                PASSWORD.toCharArray(), SALT, ScramVerifier.ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        String expected = "SCRAM-SHA-256$4096:" + b64.encodeToString(SALT) + "$"
                + b64.encodeToString(ScramFunctions.storedKey(sha256, ScramFunctions.clientKey(sha256, salted))) + ":"
                + b64.encodeToString(ScramFunctions.serverKey(sha256, salted));

        assertThat(ScramVerifier.of(PASSWORD, SALT, ScramVerifier.ITERATIONS)).isEqualTo(expected);
    }

    @Test
    void eachVerifierHasItsOwnSaltAndNeverThePassword() {
        String first = ScramVerifier.of(PASSWORD);
        String second = ScramVerifier.of(PASSWORD);

        assertThat(first).startsWith("SCRAM-SHA-256$4096:").doesNotContain(PASSWORD).isNotEqualTo(second);
    }
}
