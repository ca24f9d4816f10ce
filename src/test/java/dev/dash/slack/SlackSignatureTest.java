package dev.dash.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Slack's request signature is compared in constant time, and only an exact match passes. */
class SlackSignatureTest {

    private static final String SECRET = "signing-secret";
    private static final String TIMESTAMP = "1800000000";
    private static final String BODY = "{\"type\":\"event_callback\"}";
    private static final String SIGNED = new SlackSignature.Generator(SECRET).generate(TIMESTAMP, BODY);

    @Test
    void theSdksVerifierWhichComparesWithStringEqualsIsNotUsed() {
        noClasses().should().callMethod(SlackSignature.Verifier.class, "isValid", String.class, String.class,
                String.class, long.class)
                .orShould().callMethod(SlackSignature.Verifier.class, "isValid", String.class, String.class,
                        String.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dash"));
    }

    @Test
    void onlyTheExactSignatureOfThisBodyTimestampAndSecretMatches() {
        assertThat(SlackSignatures.matches(SECRET, TIMESTAMP, BODY, SIGNED)).isTrue();
        assertThat(SlackSignatures.matches(SECRET, TIMESTAMP, BODY + " ", SIGNED)).isFalse();
        assertThat(SlackSignatures.matches(SECRET, "1800000001", BODY, SIGNED)).isFalse();
        assertThat(SlackSignatures.matches("other-secret", TIMESTAMP, BODY, SIGNED)).isFalse();
        assertThat(SlackSignatures.matches(SECRET, TIMESTAMP, BODY, SIGNED.substring(0, SIGNED.length() - 1)))
                .isFalse();
        assertThat(SlackSignatures.matches(SECRET, TIMESTAMP, BODY, SIGNED.toUpperCase())).isFalse();
        assertThat(SlackSignatures.matches(SECRET, TIMESTAMP, BODY, null)).isFalse();
    }
}
