package dev.dash.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat completions endpoint that plays back scripted replies (tool calls, text, HTTP errors)
 * and records every request body, so tests drive the real LangChain4j client.
 */
public final class ScriptedModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ScriptedModel instance;

    private final HttpServer server;
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private ScriptedModel() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
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
        script.addAll(List.of(replies));
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public String request(int index) {
        return requests.get(index);
    }

    public int remaining() {
        return script.size();
    }

    public sealed interface Reply {
    }

    public record Text(String content) implements Reply {
    }

    public record ToolCall(String name, Map<String, Object> arguments) implements Reply {
    }

    public record Status(int code) implements Reply {
    }

    public static Reply text(String content) {
        return new Text(content);
    }

    public static Reply tool(String name, Object... keyValues) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ToolCall(name, args);
    }

    public static Reply status(int code) {
        return new Status(code);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        Reply reply = script.poll();
        if (reply == null) {
            reply = new Text("(the test scripted no further reply)");
        }
        if (reply instanceof Status s) {
            send(exchange, s.code(), "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
            return;
        }
        send(exchange, 200, completion(reply));
    }

    private String completion(Reply reply) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-" + ids.incrementAndGet()).put("object", "chat.completion").put("created", 1)
                .put("model", "scripted");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        switch (reply) {
            case Text t -> {
                message.put("content", t.content());
                choice.put("finish_reason", "stop");
            }
            case ToolCall call -> {
                message.putNull("content");
                ArrayNode calls = message.putArray("tool_calls");
                ObjectNode c = calls.addObject().put("id", "call_" + ids.incrementAndGet()).put("type", "function");
                c.putObject("function").put("name", call.name())
                        .put("arguments", JSON.writeValueAsString(call.arguments()));
                choice.put("finish_reason", "tool_calls");
            }
            case Status s -> throw new IllegalStateException();
        }
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return JSON.writeValueAsString(root);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
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
