package dev.dash.mcp;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Mounts the SDK's transport servlet, which is built with its settings rather than by the container, at /mcp. */
@WebServlet(urlPatterns = McpEndpoint.PATH, asyncSupported = true)
public class McpServlet extends HttpServlet {

    private final McpEndpoint endpoint;

    public McpServlet(McpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        endpoint.transport().service(request, response);
    }
}
