package dev.dash.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A terminal chat: answers as the model writes them, a spinner while tools run, one session until /new or exit. */
@Command(name = "chat", description = "Chat with Dash in the terminal (/new starts a new session, exit quits).")
class ChatCommand implements Callable<Integer> {

    @ParentCommand
    ClientMain main;

    @Option(names = "--session", description = "Continue a session of yours: the session_id an earlier answer gave")
    String session;

    /** Answer text was printed on the current line. */
    private boolean answering;

    @Override
    public Integer call() throws IOException {
        DashClient client = main.client();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("Dash at " + client.url() + ". Ask about your data; /new for a new session, exit to quit.");
        while (true) {
            System.out.print("\nyou> ");
            System.out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("exit") || line.strip().equals("quit")) {
                return 0;
            }
            if (line.strip().equals("/new")) {
                session = null;
                System.out.println("(new session)");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try (Spinner spinner = new Spinner()) {
                client.stream(line.strip(), session, (event, data) -> show(event, data, spinner));
            } catch (IOException e) {
                System.err.println(client.explain(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }

    private void show(String event, JsonNode data, Spinner spinner) {
        switch (event) {
            case "RunStarted" -> {
                session = data.path("session_id").asText(session);
                System.out.print("dash> ");
                spinner.start("thinking");
            }
            case "ToolCallStarted" -> {
                if (answering) {
                    // The spinner redraws the current line; keep the text written so far above it.
                    System.out.println();
                    answering = false;
                }
                spinner.start(data.path("tool").path("tool_name").asText("tool"));
            }
            case "ToolCallCompleted" -> spinner.start("thinking");
            case "RunContent" -> {
                spinner.stop();
                System.out.print(data.path("content").asText());
                answering = true;
            }
            case "RunCompleted" -> {
                spinner.stop();
                System.out.println();
                answering = false;
            }
            case "RunError" -> {
                spinner.stop();
                answering = false;
                System.out.println("\n[error] " + data.path("content").asText());
            }
            default -> {
            }
        }
        System.out.flush();
    }
}
