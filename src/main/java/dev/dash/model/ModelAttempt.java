package dev.dash.model;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.concurrent.CompletableFuture;

/**
 * One try of a streaming model call. {@link #began()} completes when the first piece of the response arrives, or fails
 * with the error when the call failed before that: only then may the call be tried again, since a retry after text or
 * a tool call was passed on would repeat it. An abandoned try (timed out, superseded by a retry) passes nothing on.
 */
final class ModelAttempt implements StreamingChatResponseHandler {

    private final StreamingChatResponseHandler target;
    private final CompletableFuture<Void> began = new CompletableFuture<>();
    private volatile boolean abandoned;

    ModelAttempt(StreamingChatResponseHandler target) {
        this.target = target;
    }

    CompletableFuture<Void> began() {
        return began;
    }

    void abandon() {
        abandoned = true;
        began.completeExceptionally(new IllegalStateException("abandoned"));
    }

    private boolean passOn() {
        if (abandoned) {
            return false;
        }
        began.complete(null);
        return true;
    }

    @Override
    public void onError(Throwable error) {
        if (!abandoned && !began.completeExceptionally(error)) {
            target.onError(error);
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        if (passOn()) {
            target.onCompleteResponse(response);
        }
    }

    @Override
    public void onPartialResponse(String text) {
        if (passOn()) {
            target.onPartialResponse(text);
        }
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        if (passOn()) {
            target.onPartialResponse(partial, context);
        }
    }

    @Override
    public void onPartialThinking(PartialThinking thinking) {
        if (passOn()) {
            target.onPartialThinking(thinking);
        }
    }

    @Override
    public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        if (passOn()) {
            target.onPartialThinking(thinking, context);
        }
    }

    @Override
    public void onPartialToolCall(PartialToolCall call) {
        if (passOn()) {
            target.onPartialToolCall(call);
        }
    }

    @Override
    public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        if (passOn()) {
            target.onPartialToolCall(call, context);
        }
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall call) {
        if (passOn()) {
            target.onCompleteToolCall(call);
        }
    }
}
