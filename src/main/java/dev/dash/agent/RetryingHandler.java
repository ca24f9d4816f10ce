package dev.dash.agent;

import dev.langchain4j.exception.NonRetriableException;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One streaming model call with retries: a call that fails before any of its response arrived (timeouts, 429, 5xx)
 * is sent again after an exponential backoff. Once text or a tool call was passed on, a retry would repeat it, so the
 * error goes to the caller.
 */
final class RetryingHandler implements StreamingChatResponseHandler {

    private static final long FIRST_DELAY_MS = 500;

    private final Consumer<StreamingChatResponseHandler> send;
    private final StreamingChatResponseHandler target;
    private final int maxRetries;
    private int retries;
    private volatile boolean responding;

    RetryingHandler(Consumer<StreamingChatResponseHandler> send, StreamingChatResponseHandler target, int maxRetries) {
        this.send = send;
        this.target = target;
        this.maxRetries = maxRetries;
    }

    void start() {
        send.accept(this);
    }

    @Override
    public void onError(Throwable error) {
        if (responding || retries >= maxRetries || error instanceof NonRetriableException) {
            target.onError(error);
            return;
        }
        long delay = FIRST_DELAY_MS << retries++;
        // Waits off the client's thread, which may be an event loop.
        CompletableFuture.runAsync(this::start, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        target.onCompleteResponse(response);
    }

    @Override
    public void onPartialResponse(String text) {
        responding = true;
        target.onPartialResponse(text);
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        responding = true;
        target.onPartialResponse(partial, context);
    }

    @Override
    public void onPartialThinking(PartialThinking thinking) {
        responding = true;
        target.onPartialThinking(thinking);
    }

    @Override
    public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        responding = true;
        target.onPartialThinking(thinking, context);
    }

    @Override
    public void onPartialToolCall(PartialToolCall call) {
        responding = true;
        target.onPartialToolCall(call);
    }

    @Override
    public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        responding = true;
        target.onPartialToolCall(call, context);
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall call) {
        responding = true;
        target.onCompleteToolCall(call);
    }
}
