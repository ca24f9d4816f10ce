package dev.dash.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.http.ApiError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet container's error page (META-INF/web.xml): a path no endpoint answers, and errors of the servlets (the
 * MCP endpoint), get our JSON error body {"detail", "code"} like every other error.
 */
@WebServlet(urlPatterns = ServletErrors.PATH)
public class ServletErrors extends HttpServlet {

    static final String PATH = "/_servlet-error";

    private final ObjectMapper json;

    public ServletErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = code == HttpServletResponse.SC_NOT_FOUND ? "Not found"
                : message instanceof String text && !text.isBlank() ? text
                : code >= 500 ? "The request failed on our side; the log has the details." : "The request was refused";
        response.setStatus(code);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new ApiError(detail, ApiErrors.code(code)));
    }
}
