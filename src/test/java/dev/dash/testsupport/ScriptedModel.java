package dev.dash.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible streaming chat completions endpoint that plays back scripted replies (tool calls, text, HTTP
 * errors) as server-sent chunks and records every request body, so tests drive the real LangChain4j client. This
 * class is the HTTP server, the script and the replies; {@link CompletionStream} writes a reply in OpenAI's format.
 */
public final class ScriptedModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ScriptedModel instance;

    private final HttpServer server;
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Instant> arrivals = new CopyOnWriteArrayList<>();
    private final CompletionStream stream = new CompletionStream();

    private ScriptedModel() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        // A held stream must not stop other requests.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static synchronized ScriptedModel get() {
        if (instance == null) {
            try {
                instance = new ScriptedModel();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    /** Forgets earlier requests and replies; then plays these in order. */
    public ScriptedModel script(Reply... replies) {
        script.clear();
        requests.clear();
        arrivals.clear();
        script.addAll(List.of(replies));
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public String request(int index) {
        return requests.get(index);
    }

    /** When the request at this index arrived. */
    public Instant arrival(int index) {
        return arrivals.get(index);
    }

    public int remaining() {
        return script.size();
    }

    public sealed interface Reply {
    }

    /** Text streamed a word at a time; with a gate, the stream stops after {@code holdAfter} words until it opens. */
    public record Text(String content, int holdAfter, CountDownLatch gate) implements Reply {

        public Text holdAfter(int words, CountDownLatch until) {
            return new Text(content, words, until);
        }
    }

    /** A tool call, optionally after some text in the same message. */
    public record ToolCall(String name, Map<String, Object> arguments, String preamble) implements Reply {

        public ToolCall saying(String text) {
            return new ToolCall(name, arguments, text);
        }
    }

    /** An HTTP error, optionally with a Retry-After header (in seconds). */
    public record Status(int code, Integer retryAfterSeconds) implements Reply {

        public Status retryAfter(int seconds) {
            return new Status(code, seconds);
        }
    }

    public static Text text(String content) {
        return new Text(content, -1, null);
    }

    public static ToolCall tool(String name, Object... keyValues) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ToolCall(name, args, null);
    }

    public static Status status(int code) {
        return new Status(code, null);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        arrivals.add(Instant.now());
        requests.add(body);
        Reply reply = script.poll();
        if (reply == null) {
            reply = text("(the test scripted no further reply)");
        }
        if (reply instanceof Status s) {
            byte[] error = "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (s.retryAfterSeconds() != null) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(s.retryAfterSeconds()));
            }
            exchange.sendResponseHeaders(s.code(), error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            stream.write(reply, out);
        }
    }

    /** Bodies of the requests as parsed JSON, for assertions on messages and tools. */
    public List<com.fasterxml.jackson.databind.JsonNode> parsedRequests() {
        List<com.fasterxml.jackson.databind.JsonNode> parsed = new ArrayList<>();
        for (String r : requests) {
            try {
                parsed.add(JSON.readTree(r));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return parsed;
    }
}
