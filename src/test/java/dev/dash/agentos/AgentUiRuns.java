package dev.dash.agentos;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

/**
 * agent-ui's run request replayed byte for byte: POST /teams/{id}/runs or /agents/{id}/runs with a browser's
 * multipart FormData (message, stream=true, session_id=""), the bearer header and no JSON content type.
 */
final class AgentUiRuns {

    private static final String BOUNDARY = "----WebKitFormBoundaryd4shAgentUi0001";

    private AgentUiRuns() {
    }

    /** The body a browser's FormData makes for agent-ui's three fields. */
    static String form(String message, String stream, String sessionId) {
        StringBuilder body = new StringBuilder();
        for (var field : new String[][] {{"message", message}, {"stream", stream}, {"session_id", sessionId}}) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    /** Posts the form to {@code path} of the service under test as agent-ui does; the answer is read by lines. */
    static HttpResponse<Stream<String>> run(String path, String form) throws IOException, InterruptedException {
        // RestAssured points at the service under test (Quarkus sets its port before each test).
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/");
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", "Bearer ui-token").header("Accept", "*/*")
                .header("Origin", "http://localhost:3000")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }
}
