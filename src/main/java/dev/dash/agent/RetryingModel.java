package dev.dash.agent;

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
import java.util.function.Supplier;

/**
 * The agents' streaming model: the configured OpenAI-compatible one, with the retries its blocking client had and its
 * streaming client lacks. Typed to itself so it does not compete with the model bean it wraps.
 */
@ApplicationScoped
@Typed(RetryingModel.class)
public class RetryingModel implements StreamingChatModel, Supplier<StreamingChatModel> {

    private final StreamingChatModel model;
    private final ModelConfig config;

    public RetryingModel(StreamingChatModel model, ModelConfig config) {
        this.model = model;
        this.config = config;
    }

    @Override
    public StreamingChatModel get() {
        return this;
    }

    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        new RetryingHandler(attempt -> model.chat(request, options, attempt), handler, config.maxRetries()).start();
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
