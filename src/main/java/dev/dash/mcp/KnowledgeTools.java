package dev.dash.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.http.Caller;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.run.RunConfig;
import dev.dash.schema.SchemaIntrospector;
import dev.dash.sql.ResultText;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * list_validated_queries, run_validated_query and describe_table: what Dash knows, without an agent. Only the queries
 * the zero-model path trusts are listed and run: those from the knowledge files and those a person approved.
 */
@ApplicationScoped
public class KnowledgeTools {

    private static final int TEXT_ROWS = 50;
    private static final int TEXT_CHARS = 8000;
    private static final int SAMPLE_ROWS = 5;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final KnowledgeRepository knowledge;
    private final SqlRunner sql;
    private final SchemaIntrospector schema;
    private final RunConfig runs;
    private final ObjectMapper json;

    public KnowledgeTools(KnowledgeRepository knowledge, SqlRunner sql, SchemaIntrospector schema, RunConfig runs,
            ObjectMapper json) {
        this.knowledge = knowledge;
        this.sql = sql;
        this.schema = schema;
        this.runs = runs;
        this.json = json;
    }

    /** A validated query as listed. */
    @RegisterForReflection
    record ListedQuery(String name, String description, List<String> questions, List<String> tables, String source) {
    }

    CallToolResult listQueries() {
        List<ListedQuery> queries = validated().map(e -> new ListedQuery(e.name(), e.content(), e.questions(),
                e.tables(), e.origin())).toList();
        StringBuilder text = new StringBuilder(queries.isEmpty() ? "No validated queries are loaded."
                : queries.size() + " validated queries:");
        queries.forEach(q -> text.append("\n- ").append(q.name()).append(": ").append(q.description()));
        return ToolResults.structured(text.toString(), Map.of("queries", json.convertValue(queries, List.class)),
                false);
    }

    CallToolResult runQuery(Caller caller, Map<String, Object> args) {
        String name = Optional.ofNullable(ToolResults.string(args, "name")).map(String::strip).orElse("");
        Optional<KnowledgeEntry> query = validated().filter(e -> e.name().equals(name)).findFirst();
        if (query.isEmpty()) {
            return ToolResults.error("No validated query named '" + name + "'; list_validated_queries lists them.");
        }
        SqlOutcome outcome = sql.read(caller.userId(), runs.deadline(), query.get().sql());
        if (outcome instanceof SqlOutcome.Failure failure) {
            return ToolResults.error("The query " + name + " failed: " + failure.message());
        }
        SqlOutcome.Success ok = (SqlOutcome.Success) outcome;
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("name", name);
        content.put("description", query.get().content());
        content.put("sql", ok.sql());
        content.put("result", json.convertValue(ok.result(), JSON_OBJECT));
        return ToolResults.structured(query.get().content() + "\n\n" + ResultText.of(ok.result(), TEXT_ROWS,
                TEXT_CHARS), content, false);
    }

    CallToolResult describeTable(Map<String, Object> args) {
        String name = ToolResults.string(args, "name");
        if (name == null || name.isBlank()) {
            return ToolResults.error("Give the table's name: describe_table(name).");
        }
        String text = schema.describe(name, null, true, SAMPLE_ROWS);
        return text.startsWith("ERROR") || text.startsWith("No table") ? ToolResults.error(text)
                : ToolResults.text(text);
    }

    private Stream<KnowledgeEntry> validated() {
        return knowledge.approvedQueries().stream();
    }
}
