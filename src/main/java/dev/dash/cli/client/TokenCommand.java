package dev.dash.cli.client;

import dev.dash.auth.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `./dash token`: a development token signed with a local key pair, to try RUNTIME_ENV=prd on this machine. */
@Command(name = "token", description = "Mint a development JWT (RS256) from the key pair in .dash/jwt, created on "
        + "first use. The service accepts it when JWT_VERIFICATION_KEY holds .dash/jwt/public.pem.")
class TokenCommand implements Callable<Integer> {

    @Option(names = "--sub", required = true, description = "The user id (the token's subject)")
    String subject;

    @Option(names = "--scopes", split = ",", description = "AgentOS scopes, comma-separated (default: agent_os:admin)")
    List<String> scopes = List.of("agent_os:admin");

    @Option(names = "--ttl", description = "Lifetime, ISO-8601 or e.g. 12h, 30m (default: 24h)")
    String ttl = "24h";

    @Option(names = "--dir", description = "Where the key pair lives (default: $DASH_STATE_DIR/jwt or .dash/jwt)")
    Path dir = Path.of(System.getenv().getOrDefault("DASH_STATE_DIR", ".dash"), "jwt");

    @Option(names = "--public-key", description = "Print the public key (the value for JWT_VERIFICATION_KEY) instead")
    boolean publicKey;

    @Override
    public Integer call() {
        DevTokens keys = DevTokens.in(dir);
        if (keys.created()) {
            System.err.println("Created a key pair in " + dir + " (keep it out of git). For the service to accept its "
                    + "tokens, set in .env:\n  RUNTIME_ENV=prd\n  JWT_VERIFICATION_KEY='" + keys.publicKeyPem().strip()
                    + "'\nthen restart it (./dash down && ./dash up).");
        }
        if (publicKey) {
            System.out.print(keys.publicKeyPem());
            return 0;
        }
        List<String> clean = scopes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        System.out.println(keys.mint(subject, clean, lifetime(ttl)));
        return 0;
    }

    static Duration lifetime(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 'd' -> Duration.ofDays(n);
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 's' -> Duration.ofSeconds(n);
            default -> throw new IllegalArgumentException("--ttl: use e.g. 24h, 30m, 7d or ISO-8601 (PT1H)");
        };
    }
}
