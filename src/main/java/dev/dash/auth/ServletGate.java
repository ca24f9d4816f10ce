package dev.dash.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.http.ApiError;
import dev.dash.http.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * The {@link Gate} in front of the servlets (the MCP endpoint): refuses with our JSON error, or hands the caller to the
 * servlet as the request attribute {@link #CALLER}.
 */
@WebFilter(urlPatterns = "/mcp", asyncSupported = true)
public class ServletGate extends HttpFilter {

    /** The request attribute that holds the {@link Caller}. */
    public static final String CALLER = Caller.class.getName();

    private final Gate gate;
    private final ObjectMapper json;

    public ServletGate(Gate gate, ObjectMapper json) {
        this.gate = gate;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Gate.Decision decision = gate.decide(request.getMethod(), request.getRequestURI(),
                request.getHeader(HttpHeaders.AUTHORIZATION), request.getHeader(Gate.USER_HEADER));
        if (decision instanceof Gate.Pass pass) {
            pass.caller().ifPresent(caller -> request.setAttribute(CALLER, caller));
            chain.doFilter(request, response);
            return;
        }
        Gate.Refuse refuse = (Gate.Refuse) decision;
        if (refuse.challenge()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.setStatus(refuse.status());
        response.setContentType(MediaType.APPLICATION_JSON);
        json.writeValue(response.getOutputStream(), new ApiError(refuse.detail(), refuse.code()));
    }
}
