package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.schema.SchemaIntrospector;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** introspect_schema, shared by the Analyst and the Engineer. */
@ApplicationScoped
public class SchemaTools {

    private final SchemaIntrospector introspector;
    private final Conversations conversations;

    public SchemaTools(SchemaIntrospector introspector, Conversations conversations) {
        this.introspector = introspector;
        this.conversations = conversations;
    }

    @Tool(name = "introspect_schema", value = "Live schema of the company's schemas and the Engineer's (agent-built) "
            + "one. Without table_name: lists tables and views. With table_name: its columns and types, and sample "
            + "rows when include_sample_data is true.")
    public String introspectSchema(
            @P(name = "table_name", value = "Table or view to describe; omit to list all", required = false) String table_name,
            @P(name = "schema", value = "One of those schemas; omit for all", required = false) String schema,
            @P(name = "include_sample_data", value = "Also return a few rows", required = false) Boolean include_sample_data,
            @P(name = "sample_limit", value = "Rows of sample data, at most 20", required = false) Integer sample_limit,
            @ToolMemoryId String memoryId) {
        Map<String, Object> args = ToolArgs.of("table_name", table_name, "schema", schema, "include_sample_data",
                include_sample_data, "sample_limit", sample_limit);
        return conversations.run(memoryId).tool("introspect_schema", args, () -> {
            String text = introspector.describe(table_name, schema, Boolean.TRUE.equals(include_sample_data),
                    sample_limit == null ? 5 : sample_limit);
            return text.startsWith("ERROR") || text.startsWith("No table")
                    ? ToolResult.failed(text)
                    : ToolResult.ok(text, text.lines().count() + " lines");
        });
    }
}
