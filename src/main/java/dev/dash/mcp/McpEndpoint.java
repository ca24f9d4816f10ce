package dev.dash.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.auth.ServletGate;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dash as an MCP server: the official SDK's Streamable HTTP transport (a servlet, mounted at {@code /mcp} by
 * {@link McpServlet}) with the tools of {@link DashTools}. The caller the {@link ServletGate} let through reaches the
 * tools in the transport context. The SDK maps its protocol types with Jackson: they are registered for reflection
 * for the native image.
 */
@RegisterForReflection(targets = {McpSchema.class, McpError.class}, ignoreNested = false)
@Startup
@ApplicationScoped
public class McpEndpoint {

    static final String PATH = "/mcp";
    static final String CALLER = "caller";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;

    public McpEndpoint(DashTools tools, ObjectMapper json,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        McpJsonMapper mapper = new JacksonMcpJsonMapper(json);
        this.transport = HttpServletStreamableServerTransportProvider.builder().jsonMapper(mapper).mcpEndpoint(PATH)
                .contextExtractor(request -> {
                    Object caller = request.getAttribute(ServletGate.CALLER);
                    return caller == null ? McpTransportContext.EMPTY
                            : McpTransportContext.create(Map.of(CALLER, caller));
                }).build();
        // Tool calls run on the request's own (servlet worker) thread, which the transport blocks on anyway.
        this.server = McpServer.sync(transport).serverInfo("dash", version).jsonMapper(mapper)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(json))
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .immediateExecution(true).tools(tools.specifications(mapper)).build();
    }

    HttpServletStreamableServerTransportProvider transport() {
        return transport;
    }

    @PreDestroy
    void close() {
        server.closeGracefully();
    }
}
