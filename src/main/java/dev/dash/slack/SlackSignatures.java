package dev.dash.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks Slack's v0 request signature (HMAC-SHA256 of "v0:timestamp:body" with the signing secret) in constant time:
 * the SDK's own verifier compares with {@code String.equals}, whose early exit tells an attacker how much matched.
 */
final class SlackSignatures {

    private SlackSignatures() {
    }

    static boolean matches(String secret, String timestamp, String body, String signature) {
        if (timestamp == null || body == null || signature == null) {
            return false;
        }
        byte[] expected = new SlackSignature.Generator(secret).generate(timestamp, body)
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }
}
