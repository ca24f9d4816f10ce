package dev.dash.model;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The agents' streaming model: the configured OpenAI-compatible one behind {@link ModelCalls}' timeout and retries.
 * Typed to itself so it does not compete with the model bean it wraps.
 */
@ApplicationScoped
@Typed(ResilientModel.class)
public class ResilientModel implements StreamingChatModel, Supplier<StreamingChatModel> {

    private final StreamingChatModel model;
    private final ModelCalls calls;

    public ResilientModel(StreamingChatModel model, ModelCalls calls) {
        this.model = model;
        this.calls = calls;
    }

    @Override
    public StreamingChatModel get() {
        return this;
    }

    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        AtomicReference<ModelAttempt> current = new AtomicReference<>();
        calls.begin(model, request, options, handler, current).whenComplete((began, error) -> {
            if (error != null) {
                ModelAttempt last = current.get();
                if (last != null) {
                    last.abandon();
                }
                handler.onError(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        });
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return model.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return model.supportedCapabilities();
    }
}
