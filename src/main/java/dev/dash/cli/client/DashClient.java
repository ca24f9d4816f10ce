package dev.dash.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The running service's ask API over HTTP, for the terminal commands. */
final class DashClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String user;
    private final String token;

    /** {@code token}: a bearer token for a service in prd (null in dev, where {@code user} is sent instead). */
    DashClient(String url, String user, String token) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.user = user;
        this.token = token;
    }

    String url() {
        return url;
    }

    /** POST /api/ask: the full run. */
    JsonNode ask(String question, String sessionId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/api/ask", question, sessionId),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new ServiceError(body.path("detail").asText("HTTP " + response.statusCode()));
        }
        return body;
    }

    /** POST /api/ask/stream: calls back with each SSE event's name and data as they arrive. */
    void stream(String question, String sessionId, BiConsumer<String, JsonNode> onEvent)
            throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(request("/api/ask/stream", question, sessionId),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            String body = String.join("\n", response.body().toList());
            throw new ServiceError(JSON.readTree(body).path("detail").asText("HTTP " + response.statusCode()));
        }
        String[] name = {null};
        response.body().forEach(line -> {
            if (line.startsWith("event:")) {
                name[0] = line.substring(6).strip();
            } else if (line.startsWith("data:") && name[0] != null) {
                try {
                    onEvent.accept(name[0], JSON.readTree(line.substring(5).strip()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    private HttpRequest request(String path, String question, String sessionId) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("question", question);
        if (sessionId != null) {
            body.put("session_id", sessionId);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").header("X-User-Id", user);
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    /** What to tell the user: the service's own error, or how to start a service that does not answer. */
    String explain(IOException e) {
        if (e instanceof ServiceError) {
            return e.getMessage();
        }
        return (e instanceof ConnectException ? "Dash is not running at " + url + "."
                : "Could not reach Dash at " + url + ": " + e.getMessage() + ".")
                + " Start it with `./dash up` (or `./dash dev` while developing), then try again.";
    }

    /** The service answered with an HTTP error; its detail is the message. */
    static final class ServiceError extends IOException {
        ServiceError(String detail) {
            super(detail);
        }
    }
}
