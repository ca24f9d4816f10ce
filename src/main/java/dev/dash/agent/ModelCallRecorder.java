package dev.dash.agent;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Adds every model call (agent, tokens, duration) to the run of the calling thread. */
@ApplicationScoped
public class ModelCallRecorder implements ChatModelListener {

    private static final String STARTED = "dash.started";

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse().tokenUsage();
        record(context.attributes(), usage == null ? 0 : orZero(usage.inputTokenCount()),
                usage == null ? 0 : orZero(usage.outputTokenCount()));
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        record(context.attributes(), 0, 0);
    }

    private static void record(Map<Object, Object> attributes, int in, int out) {
        RunContext run = RunContext.currentOrNull();
        if (run != null && attributes.get(STARTED) instanceof Long started) {
            run.modelCall(in, out, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
