package dev.dash.mcp;

import dev.dash.db.SqlResource;
import dev.dash.http.Caller;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The tools MCP clients see: names, descriptions and input schemas from {@code mcp/tools.json}, handled here. */
@ApplicationScoped
public class DashTools {

    private final AskDash ask;
    private final KnowledgeTools knowledge;

    public DashTools(AskDash ask, KnowledgeTools knowledge) {
        this.ask = ask;
        this.knowledge = knowledge;
    }

    /** The caller's arguments and identity, as each tool receives them. */
    @FunctionalInterface
    interface Handler extends BiFunction<Caller, Map<String, Object>, CallToolResult> {
    }

    List<SyncToolSpecification> specifications(McpJsonMapper mapper) {
        Map<String, Handler> handlers = Map.of(
                "ask_dash", ask::ask,
                "list_validated_queries", (caller, args) -> knowledge.listQueries(),
                "run_validated_query", knowledge::runQuery,
                "describe_table", (caller, args) -> knowledge.describeTable(args));
        return tools(mapper).stream().map(tool -> SyncToolSpecification.builder().tool(tool)
                .callHandler((exchange, request) -> handlers.get(tool.name()).apply(caller(exchange),
                        request.arguments() == null ? Map.of() : request.arguments()))
                .build()).toList();
    }

    private static List<McpSchema.Tool> tools(McpJsonMapper mapper) {
        try {
            return mapper.readValue(SqlResource.read("mcp/tools.json"), new TypeRef<List<McpSchema.Tool>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("mcp/tools.json is not a list of MCP tools", e);
        }
    }

    /** Set by the servlet gate on every request it let through. */
    private static Caller caller(McpSyncServerExchange exchange) {
        Object caller = exchange.transportContext().get(McpEndpoint.CALLER);
        if (caller == null) {
            throw new IllegalStateException("No caller: the request did not pass the servlet gate");
        }
        return (Caller) caller;
    }
}
