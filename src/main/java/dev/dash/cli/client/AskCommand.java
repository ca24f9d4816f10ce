package dev.dash.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** One question, one answer. */
@Command(name = "ask", description = "Ask one question and print the answer.")
class AskCommand implements Callable<Integer> {

    @ParentCommand
    ClientMain main;

    @Parameters(arity = "1..*", description = "The question")
    String[] words;

    @Option(names = "--json", description = "Print the full response as JSON")
    boolean json;

    @Option(names = "--session", description = "Continue a session of yours: the session_id an earlier answer gave")
    String session;

    @Override
    public Integer call() throws InterruptedException {
        DashClient client = main.client();
        JsonNode run;
        try {
            run = client.ask(String.join(" ", words), session);
        } catch (IOException e) {
            System.err.println(client.explain(e));
            return 2;
        }
        if (json) {
            System.out.println(run.toPrettyString());
        } else {
            System.out.println(run.path("answer").asText());
            if (!run.path("validated_query").isNull()) {
                System.out.println("\n(answered by validated query " + run.path("validated_query").asText() + ")");
            }
        }
        return "error".equals(run.path("status").asText()) ? 1 : 0;
    }
}
