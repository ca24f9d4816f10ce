package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.db.DataConfig;
import dev.dash.db.DatabaseStatus;
import dev.dash.db.EngineerSchema;
import dev.dash.knowledge.KnowledgeRecords;
import dev.dash.sql.EngineerStatement;
import dev.dash.sql.SqlRejected;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;

/** The Engineer's tools: SQL as dash_engineer (writes only in its schema), and recording what it builds. */
@ApplicationScoped
public class EngineerTools {

    private final AgentSql sql;
    private final DashChanges changes;
    private final KnowledgeRecords records;
    private final Conversations conversations;
    private final DatabaseStatus database;
    private final EngineerSchema schema;

    public EngineerTools(AgentSql sql, DashChanges changes, KnowledgeRecords records, Conversations conversations,
            DatabaseStatus database, DataConfig data) {
        this.schema = data.engineer();
        this.conversations = conversations;
        this.database = database;
        this.sql = sql;
        this.changes = changes;
        this.records = records;
    }

    @Tool(name = "run_sql_query", value = "Run one PostgreSQL statement as the engineer: a SELECT, CREATE [OR "
            + "REPLACE] VIEW or CREATE TABLE ... AS SELECT in your own schema (your instructions name it), INSERT "
            + "INTO a table you created, or DROP VIEW/TABLE. Company tables are read-only; never name an object after "
            + "a company table. Nothing else runs. DROP, and CREATE OR REPLACE of an existing view, run only after "
            + "the user confirmed it; other users' objects cannot be changed.")
    public String runSqlQuery(@P(name = "query", value = "One SQL statement") String query,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("run_sql_query", ToolArgs.of("query", query), () -> {
            EngineerStatement statement;
            try {
                statement = EngineerStatement.of(query, schema);
            } catch (SqlRejected e) {
                return sql.engineer(run, query); // the runner refuses it, and the refusal is recorded as an attempt
            }
            var off = database.engineerOff();
            if (statement.kind() != EngineerStatement.Kind.READ && off.isPresent()) {
                return ToolResult.failed("The Engineer is off on this database (" + off.get() + "): it cannot build "
                        + "views or tables here. Say so to the user; the Analyst can still answer from the data.");
            }
            return changes.apply(statement, run, () -> sql.engineer(run, query));
        });
    }

    @Tool(name = "update_knowledge", value = "Record a view or table you created (name, columns, purpose, the SQL) "
            + "so the Analyst finds and prefers it. Call it for every object you create.")
    public String updateKnowledge(@P(name = "title", value = "The object's schema-qualified name") String title,
            @P(name = "content", value = "What it contains, its columns, how to use it, its SQL") String content,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("update_knowledge", ToolArgs.of("title", title, "content", content), () -> {
            String message = records.update(title, content, run.origin());
            return ToolResult.ok(message, message);
        });
    }
}
