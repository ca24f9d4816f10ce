package dev.dash.model;

import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The fault-tolerance policy of a model call: each try must begin answering within the timeout; a try that failed
 * before it began is retried with jittered exponential backoff, or after the delay a 429's Retry-After asks for.
 * Configured like any SmallRye Fault Tolerance method ({@code dev.dash.model.ModelCalls/begin/Retry/maxRetries}).
 */
@ApplicationScoped
public class ModelCalls {

    /** Starts a try of the call, abandoning the one before; completes once the response began. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, abortOn = NonRetriableException.class)
    @CustomBackoff(RetryAfterBackoff.class)
    public CompletionStage<Void> begin(StreamingChatModel model, ChatRequest request, ChatRequestOptions options,
            StreamingChatResponseHandler target, AtomicReference<ModelAttempt> current) {
        ModelAttempt attempt = new ModelAttempt(target);
        ModelAttempt previous = current.getAndSet(attempt);
        if (previous != null) {
            previous.abandon();
        }
        model.chat(request, options, attempt);
        return attempt.began();
    }
}
