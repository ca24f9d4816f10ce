package dev.dash.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.agent.Coordinator;
import dev.dash.api.AskRequest;
import dev.dash.api.RunQuota;
import dev.dash.http.ApiException;
import dev.dash.http.Caller;
import dev.dash.run.Asker;
import dev.dash.run.QuestionLimit;
import dev.dash.run.RunConfig;
import dev.dash.run.RunEvents;
import dev.dash.run.RunExecutor;
import dev.dash.run.RunResponse;
import dev.dash.run.RunStatus;
import dev.dash.run.RunsBusy;
import dev.dash.run.Via;
import dev.dash.session.SessionNotFound;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * ask_dash: a question through the coordinator, as every interface asks, stored with the caller's user id and via
 * {@code mcp}. The answer is the text; the run response (decisions.md) is the structured content.
 */
@ApplicationScoped
public class AskDash {

    /** Beyond the run's own deadline, which ends it with an error response first. */
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Coordinator coordinator;
    private final RunExecutor runs;
    private final RunQuota quota;
    private final QuestionLimit limit;
    private final RunConfig config;
    private final ObjectMapper json;
    /** A run must not take the servlet's worker thread: the model client's callbacks need the worker pool. */
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    public AskDash(Coordinator coordinator, RunExecutor runs, RunQuota quota, QuestionLimit limit, RunConfig config,
            ObjectMapper json) {
        this.coordinator = coordinator;
        this.runs = runs;
        this.quota = quota;
        this.limit = limit;
        this.config = config;
        this.json = json;
    }

    CallToolResult ask(Caller caller, Map<String, Object> args) {
        String question;
        String sessionId;
        try {
            sessionId = ToolResults.string(args, "session_id");
            question = new AskRequest(ToolResults.string(args, "question"), sessionId).validQuestion(limit);
        } catch (ApiException | IllegalArgumentException e) {
            return ToolResults.error(e.getMessage());
        }
        Asker asker = new Asker(caller.userId(), caller.scopes(), Via.MCP);
        Future<RunResponse> run = threads.submit(() -> {
            try (RunQuota.Permit permit = quota.acquire(asker.userId())) {
                return runs.call(events -> coordinator.ask(asker, sessionId, question, events), RunEvents.NONE);
            }
        });
        try {
            RunResponse response = run.get(config.deadline().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return ToolResults.structured(response.answer(), json.convertValue(response, JSON_OBJECT),
                    response.status() == RunStatus.ERROR);
        } catch (ExecutionException e) {
            return refused(e.getCause());
        } catch (TimeoutException e) {
            run.cancel(true);
            return ToolResults.error("Dash did not answer within " + config.deadline().plus(GRACE).toSeconds() + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.cancel(true);
            return ToolResults.error("The request was interrupted before Dash answered.");
        }
    }

    private static CallToolResult refused(Throwable cause) {
        if (cause instanceof SessionNotFound) {
            return ToolResults.error(cause.getMessage() + " of yours over MCP: omit session_id to start a new one.");
        }
        if (cause instanceof ApiException || cause instanceof RunsBusy) {
            return ToolResults.error(cause.getMessage());
        }
        throw new IllegalStateException("ask_dash failed", cause);
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}
