package dev.dash.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import dev.dash.model.ResilientModel;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The optional model judge (off unless asked for): scores an answer's insight 1-10 against a case's criteria, with the
 * configured model. Deterministic checks always run first; this only adds a score where a case asks for one.
 */
@ApplicationScoped
public class InsightJudge {

    private static final String SYSTEM = SqlResource.read("eval/judge-system.txt");
    private static final String USER = SqlResource.read("eval/judge-user.txt");
    private static final long DEADLINE_SECONDS = 120;

    private final ResilientModel model;
    private final ObjectMapper json;

    public InsightJudge(ResilientModel model, ObjectMapper json) {
        this.model = model;
        this.json = json;
    }

    public record Score(int score, String reason, int promptTokens, int completionTokens) {
    }

    public Score score(String criteria, String question, String answer) {
        ChatRequest request = ChatRequest.builder().messages(SystemMessage.from(SYSTEM), UserMessage.from(
                USER.replace("{criteria}", criteria).replace("{question}", question).replace("{answer}", answer)))
                .build();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                // the whole reply is read at the end
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response;
        try {
            response = done.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the judge answered", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the judge model did not answer: " + e.getMessage(), e);
        }
        String text = response.aiMessage().text();
        int start = text == null ? -1 : text.indexOf('{');
        int end = text == null ? -1 : text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalStateException("the judge replied without a JSON score");
        }
        try {
            JsonNode verdict = json.readTree(text.substring(start, end + 1));
            var usage = response.tokenUsage();
            return new Score(verdict.path("score").asInt(0), verdict.path("reason").asText(""),
                    usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                    usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the judge's JSON does not parse", e);
        }
    }
}
