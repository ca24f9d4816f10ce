package dev.dash.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible streaming endpoint that takes a fixed time per call, for the load benchmark. Stateless, so any
 * number of runs share it: an agent's first call gets a {@code run_sql_query} tool call, the call after the tool's
 * result gets the answer (the count the result gave), so a member's run needs two calls. Calls without tools (a
 * query pick) get text.
 */
final class SlowModel implements AutoCloseable {

    static final String QUERY = "SELECT count(*) AS tickets FROM support_tickets";
    private static final Pattern COUNT = Pattern.compile("\\d+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Duration delay;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();

    private SlowModel(HttpServer server, Duration delay) {
        this.server = server;
        this.delay = delay;
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port); each call is answered after {@code delay}. */
    static SlowModel start(int port, Duration delay) throws IOException {
        // The JDK server closes connections idle for 30 s, and idle ones beyond 200 at once; the service's client
        // would meet those closed connections as model errors.
        System.setProperty("sun.net.httpserver.idleInterval", "600");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        SlowModel model = new SlowModel(server, delay);
        server.createContext("/", model::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return model;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    int calls() {
        return calls.get();
    }

    /** Counts calls, and the most open at once, from now on. */
    void countFromNow() {
        calls.set(0);
        peakOpen.set(open.get());
    }

    /** The most calls the service had open at once: what its HTTP client lets through. */
    int peakConcurrentCalls() {
        return peakOpen.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            calls.incrementAndGet();
            Thread.sleep(delay);
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            ObjectNode delta = JSON.createObjectNode();
            String finish;
            if (request.path("tools").isEmpty() || answered(request)) {
                delta.put("content", answer(request));
                finish = "stop";
            } else {
                delta.putNull("content");
                delta.putArray("tool_calls").addObject().put("index", 0).put("id", "call_" + calls.get())
                        .put("type", "function").putObject("function").put("name", "run_sql_query")
                        .put("arguments", JSON.writeValueAsString(JSON.createObjectNode().put("query", QUERY)));
                finish = "tool_calls";
            }
            send(out, chunk(delta, null));
            send(out, chunk(JSON.createObjectNode(), finish));
            send(out, "[DONE]");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.decrementAndGet();
        }
    }

    /** The count the query's result gave, so the answer passes the number check as a true one would. */
    private static String answer(JsonNode request) {
        for (JsonNode message : request.path("messages")) {
            Matcher count = COUNT.matcher(message.path("content").asText());
            if ("tool".equals(message.path("role").asText()) && count.find()) {
                return "There are " + count.group() + " tickets.";
            }
        }
        return "The tickets are counted.";
    }

    /** The conversation already holds a tool's result: time to answer. */
    private static boolean answered(JsonNode request) {
        for (JsonNode message : request.path("messages")) {
            if ("tool".equals(message.path("role").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String chunk(ObjectNode delta, String finishReason) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-bench").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", "bench");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.put("finish_reason", finishReason);
        return root.toString();
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
