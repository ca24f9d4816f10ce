package dev.dash.cli.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `./dash ask` and `./dash chat`: a small terminal client of the running service, started from the built jar's
 * classpath without booting Quarkus.
 */
@Command(name = "dash", mixinStandardHelpOptions = true, subcommands = {AskCommand.class, ChatCommand.class, TokenCommand.class},
        description = "Talk to a running Dash service.")
public class ClientMain {

    @Option(names = "--url", description = "Service URL (env DASH_URL; default http://localhost:$PORT or 8000)")
    String url = System.getenv().getOrDefault("DASH_URL",
            "http://localhost:" + System.getenv().getOrDefault("PORT", "8000"));

    @Option(names = "--user", description = "User id sent as X-User-Id (env DASH_USER; default dev)")
    String user = System.getenv().getOrDefault("DASH_USER", "dev");

    @Option(names = "--token", description = "Bearer token for a service in prd (env DASH_TOKEN; see ./dash token)")
    String token = System.getenv("DASH_TOKEN");

    DashClient client() {
        return new DashClient(url, user, token);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClientMain()).execute(args));
    }
}
