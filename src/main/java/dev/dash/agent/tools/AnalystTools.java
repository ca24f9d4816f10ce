package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.knowledge.SaveQuery;
import dev.dash.knowledge.ValidatedQueries;
import dev.dash.learning.LearningStore;
import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.Viewer;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The Analyst's tools: read-only SQL, knowledge and learnings. */
@ApplicationScoped
public class AnalystTools {

    private static final int LEARNINGS = 5;

    private final AgentSql sql;
    private final Retriever retriever;
    private final LearningStore learnings;
    private final ValidatedQueries queries;
    private final Conversations conversations;

    public AnalystTools(AgentSql sql, Retriever retriever, LearningStore learnings, ValidatedQueries queries,
            Conversations conversations) {
        this.conversations = conversations;
        this.sql = sql;
        this.retriever = retriever;
        this.learnings = learnings;
        this.queries = queries;
    }

    @Tool(name = "run_sql_query", value = "Run one read-only PostgreSQL SELECT (company tables, the Engineer's views). "
            + "A LIMIT is added when missing. Errors come back as text: fix the query and retry.")
    public String runSqlQuery(@P(name = "query", value = "One SELECT or WITH statement") String query,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("run_sql_query", ToolArgs.of("query", query), () -> sql.read(run, query));
    }

    @Tool(name = "search_knowledge", value = "Search table notes, metrics, business rules and validated queries.")
    public String searchKnowledge(@P(name = "query", value = "What to look for") String query,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("search_knowledge", ToolArgs.of("query", query), () -> {
            var pack = retriever.retrieve(query, Viewer.user(run.asker().userId()));
            return pack.entries().isEmpty() ? ToolResult.ok("Nothing found.", "0 entries")
                    : ToolResult.ok(pack.prompt(), pack.entries().size() + " entries");
        });
    }

    @Tool(name = "search_learnings", value = "Search learnings: earlier errors on this data and how they were fixed.")
    public String searchLearnings(@P(name = "query", value = "Tables, columns or error to look for") String query,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("search_learnings", ToolArgs.of("query", query), () -> ToolResult.ok(
                learnings.search(query, LEARNINGS, Viewer.user(run.asker().userId())), "searched"));
    }

    @Tool(name = "save_learning", value = "Save a lesson about this data (a gotcha, a type trap, a fix) for next time.")
    public String saveLearning(@P(name = "title", value = "Short title") String title,
            @P(name = "learning", value = "The lesson, specific enough to apply") String learning,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        return run.tool("save_learning", ToolArgs.of("title", title, "learning", learning), () -> {
            long id = learnings.save(title, learning, run.origin());
            run.trace().learningSaved(id);
            return ToolResult.ok("Saved learning " + id + ".", "learning " + id);
        });
    }

    @Tool(name = "save_validated_query", value = "Save a query that correctly answered the question, for reuse. "
            + "Only after the results were checked.")
    public String saveValidatedQuery(@P(name = "name", value = "snake_case name") String name,
            @P(name = "question", value = "The question it answers") String question,
            @P(name = "query", value = "The SQL") String query,
            @P(name = "summary", value = "What it returns", required = false) String summary,
            @P(name = "tables_used", value = "Tables it reads", required = false) List<String> tables_used,
            @P(name = "data_quality_notes", value = "Caveats", required = false) String data_quality_notes,
            @ToolMemoryId String memoryId) {
        RunContext run = conversations.run(memoryId);
        Map<String, Object> args = ToolArgs.of("name", name, "question", question, "query", query,
                "summary", summary, "tables_used", tables_used, "data_quality_notes", data_quality_notes);
        return run.tool("save_validated_query", args, () -> {
            String message = queries.save(new SaveQuery(name, question, query, summary,
                    tables_used == null ? List.of() : tables_used,
                    data_quality_notes), run.origin());
            return ToolResult.ok(message, message);
        });
    }

    @Tool(name = "analyze", value = "Check a result before answering: does it answer the question, is it plausible?")
    public String analyze(@P(name = "title", value = "Short title") String title,
            @P(name = "result", value = "The result being analysed") String result,
            @P(name = "analysis", value = "What it means, what looks off") String analysis,
            @P(name = "next_action", value = "continue, validate or final_answer", required = false) String next_action,
            @P(name = "confidence", value = "0.0 to 1.0", required = false) Double confidence,
            @ToolMemoryId String memoryId) {
        return conversations.run(memoryId).tool("analyze", ToolArgs.of("title", title, "result", result,
                "analysis", analysis, "next_action", next_action, "confidence", confidence),
                () -> Reasoning.noted(title, next_action));
    }
}
