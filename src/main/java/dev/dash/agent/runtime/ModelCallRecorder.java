package dev.dash.agent.runtime;

import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.observability.api.event.AiServiceErrorEvent;
import dev.langchain4j.observability.api.event.AiServiceEvent;
import dev.langchain4j.observability.api.event.AiServiceRequestIssuedEvent;
import dev.langchain4j.observability.api.event.AiServiceResponseReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds every model call (agent, tokens, duration) to its run. The agents' events carry the memory id of their call,
 * which leads to the run whatever thread the streaming client reports on.
 */
@ApplicationScoped
public class ModelCallRecorder {

    private final Conversations conversations;
    private final Map<Object, Long> started = new ConcurrentHashMap<>();

    public ModelCallRecorder(Conversations conversations) {
        this.conversations = conversations;
    }

    void requested(@Observes AiServiceRequestIssuedEvent event) {
        started.put(memoryId(event), System.nanoTime());
    }

    void answered(@Observes AiServiceResponseReceivedEvent event) {
        TokenUsage usage = event.response().tokenUsage();
        record(event, usage == null ? 0 : orZero(usage.inputTokenCount()),
                usage == null ? 0 : orZero(usage.outputTokenCount()));
    }

    void failed(@Observes AiServiceErrorEvent event) {
        record(event, 0, 0);
    }

    private void record(AiServiceEvent event, int in, int out) {
        Long start = started.remove(memoryId(event));
        if (start != null) {
            conversations.find(memoryId(event))
                    .ifPresent(run -> run.modelCall(in, out, (System.nanoTime() - start) / 1_000_000));
        }
    }

    private static Object memoryId(AiServiceEvent event) {
        return event.invocationContext().chatMemoryId();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
