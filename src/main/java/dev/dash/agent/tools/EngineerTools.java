package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.knowledge.KnowledgeRecords;
import dev.dash.session.DropConfirmations;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlRejected;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.view.CreateView;
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
            + "in the dash schema, or a SELECT. public is read-only. DROP, and CREATE OR REPLACE of an existing view, run "
            + "only after the user confirmed it.")
    public String runSqlQuery(@P(name = "query", value = "One SQL statement") String query,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("run_sql_query", ToolArgs.of("query", query), () -> unconfirmedChange(query, run)
                .map(change -> ToolResult.failed("Refused: " + change.gerund() + " " + change.name()
                        + " needs the user's explicit confirmation in this conversation. Ask the user to reply: yes, "
                        + change.verb() + " " + change.name()))
                .orElseGet(() -> sql.engineer(run, query)));
    }

    @Tool(name = "update_knowledge", value = "Record a view or table you created (name, columns, purpose, the SQL) "
            + "so the Analyst finds and prefers it. Call it for every object you create.")
    public String updateKnowledge(@P(name = "title", value = "The object's name, e.g. dash.monthly_mrr") String title,
            @P(name = "content", value = "What it contains, its columns, how to use it, its SQL") String content,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("update_knowledge", ToolArgs.of("title", title, "content", content), () -> {
            String message = records.update(title, content, run.origin());
            return ToolResult.ok(message, message);
        });
    }

    /** A destructive change the user has not confirmed: a DROP, or a CREATE OR REPLACE of an existing view. */
    private Optional<Change> unconfirmedChange(String query, RunContext run) {
        Statement statement;
        try {
            statement = SqlGuard.requireSingle(query);
        } catch (SqlRejected e) {
            return Optional.empty(); // the runner reports the parse error itself
        }
        Change change = switch (statement) {
            case Drop drop -> new Change("drop", "dropping", DropConfirmations.normalize(drop.getName().getFullyQualifiedName())
                    + (query.contains(",") ? " (and drop one object per statement)" : ""));
            case CreateView view when view.isOrReplace()
                    && confirmations.exists(view.getView().getFullyQualifiedName()) ->
                new Change("replace", "replacing", DropConfirmations.normalize(view.getView().getFullyQualifiedName()));
            default -> null;
        };
        return Optional.ofNullable(change).filter(c -> !confirmations.isConfirmed(run.origin().sessionId(), c.name()));
    }

    private record Change(String verb, String gerund, String name) {
    }
}
