package dev.dash.agent.tools;

import dev.dash.agent.AgentSql;
import dev.dash.agent.Conversations;
import dev.dash.agent.DropConfirmations;
import dev.dash.agent.RunContext;
import dev.dash.knowledge.KnowledgeRecords;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlRejected;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import net.sf.jsqlparser.statement.drop.Drop;

/** The Engineer's tools: SQL as dash_engineer (writes only in dash), and recording what it builds. */
@ApplicationScoped
public class EngineerTools {

    private final AgentSql sql;
    private final DropConfirmations confirmations;
    private final KnowledgeRecords records;
    private final Conversations conversations;

    public EngineerTools(AgentSql sql, DropConfirmations confirmations, KnowledgeRecords records,
            Conversations conversations) {
        this.conversations = conversations;
        this.sql = sql;
        this.confirmations = confirmations;
        this.records = records;
    }

    @Tool(name = "run_sql_query", value = "Run one PostgreSQL statement as the engineer: CREATE VIEW / CREATE TABLE "
            + "in the dash schema, or a SELECT. public is read-only. DROP runs only after the user confirmed it.")
    public String runSqlQuery(@P(name = "query", value = "One SQL statement") String query,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("run_sql_query", Reasoning.args("query", query), () -> unconfirmedDrop(query, run)
                .map(name -> RunContext.ToolResult.failed("Refused: dropping " + name + " needs the user's explicit "
                        + "confirmation in this conversation. Ask the user to reply: yes, drop " + name))
                .orElseGet(() -> sql.engineer(run, query)));
    }

    @Tool(name = "update_knowledge", value = "Record a view or table you created (name, columns, purpose, the SQL) "
            + "so the Analyst finds and prefers it. Call it for every object you create.")
    public String updateKnowledge(@P(name = "title", value = "The object's name, e.g. dash.monthly_mrr") String title,
            @P(name = "content", value = "What it contains, its columns, how to use it, its SQL") String content,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("update_knowledge", Reasoning.args("title", title, "content", content), () -> {
            String message = records.update(title, content, run.origin());
            return RunContext.ToolResult.ok(message, message);
        });
    }

    private Optional<String> unconfirmedDrop(String query, RunContext run) {
        try {
            if (SqlGuard.requireSingle(query) instanceof Drop drop && SqlGuard.isDrop(drop)) {
                String name = DropConfirmations.normalize(drop.getName().getFullyQualifiedName());
                if (query.contains(",")) {
                    return Optional.of(name + " (and drop one object per statement)");
                }
                return confirmations.isConfirmed(run.origin().sessionId(), name) ? Optional.empty() : Optional.of(name);
            }
        } catch (SqlRejected e) {
            // The runner reports the parse error itself.
        }
        return Optional.empty();
    }
}
