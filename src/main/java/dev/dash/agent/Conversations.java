package dev.dash.agent;

import io.quarkiverse.langchain4j.ChatMemoryRemover;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One fresh chat memory per agent call, removed when the call returns. Tool calling needs a memory to hold the
 * round trips, but what an agent knows of earlier questions comes only from the session history in its prompt.
 */
@ApplicationScoped
public class Conversations {

    private final AtomicLong ids = new AtomicLong();

    public <T> T once(Object aiService, Function<String, T> call) {
        String memoryId = "call-" + ids.incrementAndGet();
        try {
            return call.apply(memoryId);
        } finally {
            ChatMemoryRemover.remove(aiService, memoryId);
        }
    }
}
