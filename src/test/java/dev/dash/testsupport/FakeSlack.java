package dev.dash.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/METHOD) that the real SDK talks to: records every call
 * with its form fields, answers like Slack does, and fails a method on request.
 */
public final class FakeSlack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeSlack instance;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger();

    /** One Web API call: the method and its form fields. */
    public record Call(String method, Map<String, String> params) {
        public String param(String name) {
            return params.get(name);
        }
    }

    private FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/upload/", this::upload);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static synchronized FakeSlack get() {
        if (instance == null) {
            try {
                instance = new FakeSlack();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    /** Forgets earlier calls and failures. */
    public void reset() {
        calls.clear();
        failing.clear();
    }

    /** Makes every call of this method answer {"ok": false, "error": error}. */
    public void fail(String method, String error) {
        failing.put(method, error);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (up to the deadline) until a call matches, and returns the calls of that method. */
    public List<Call> await(String method, Predicate<Call> until, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (calls(method).stream().anyMatch(until)) {
                return calls(method);
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No " + method + " call matched within " + deadline + "; calls: " + calls);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        calls.add(new Call(method, params));
        String error = failing.get(method);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("ok", error == null);
        if (error != null) {
            reply.put("error", error);
        } else {
            reply.putAll(answer(method, params));
        }
        send(exchange, JSON.writeValueAsBytes(reply));
    }

    private Map<String, Object> answer(String method, Map<String, String> p) {
        return switch (method) {
            case "chat.postMessage" -> Map.of("channel", p.get("channel"),
                    "ts", "1800000000." + String.format("%06d", ts.incrementAndGet()));
            case "chat.update" -> Map.of("channel", p.get("channel"), "ts", p.get("ts"), "text", p.get("text"));
            case "files.getUploadURLExternal" -> Map.of("upload_url", base() + "/upload/F1", "file_id", "F1");
            case "files.completeUploadExternal" -> Map.of("files", List.of(Map.of("id", "F1", "title", "Chart")));
            case "conversations.list" -> Map.of("channels", List.of(
                    Map.of("id", "C100", "name", "metrics", "is_channel", true, "is_member", true),
                    Map.of("id", "C200", "name", "random", "is_channel", true, "is_member", false)));
            case "conversations.replies" -> Map.of("messages", List.of(
                    Map.of("ts", p.get("ts"), "user", "U1", "text", "How is MRR doing?"),
                    Map.of("ts", "1800000001.000001", "bot_id", "B1", "text", "MRR is up 3%.")));
            case "users.info" -> Map.of("user", Map.of("id", p.get("user"), "name", "alice",
                    "real_name", "Alice Example", "tz", "Europe/Berlin"));
            default -> Map.of();
        };
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] data = exchange.getRequestBody().readAllBytes();
        calls.add(new Call("upload", Map.of("bytes", String.valueOf(data.length))));
        send(exchange, "OK".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
