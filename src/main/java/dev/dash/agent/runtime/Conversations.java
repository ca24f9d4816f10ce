package dev.dash.agent.runtime;

import io.quarkiverse.langchain4j.ChatMemoryRemover;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One agent call: a fresh chat memory, removed when the call returns, and the run it belongs to. The model client
 * runs tools and listeners on its own threads, so they find the run by the memory id. Tool calling needs a memory to
 * hold the round trips, but what an agent knows of earlier questions comes only from the session history in its prompt.
 */
@ApplicationScoped
public class Conversations {

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, RunContext> runs = new ConcurrentHashMap<>();

    /**
     * Calls the agent and waits for its answer, at most until the run's deadline, handing each new piece of text to
     * {@code onText} as it streams. Runs wait on virtual threads (RunExecutor), so waiting holds no pooled thread.
     */
    public String stream(Object aiService, RunContext run, Consumer<String> onText,
            Function<String, Multi<String>> call) {
        Duration left = run.remaining();
        if (left.isNegative() || left.isZero()) {
            throw new RunTimedOut();
        }
        run.prepared();
        String memoryId = "call-" + ids.incrementAndGet();
        runs.put(memoryId, run);
        try {
            return call.apply(memoryId).map(new Paragraphs(run)).onItem().invoke(onText)
                    .collect().with(Collectors.joining()).await().atMost(left);
        } catch (TimeoutException e) {
            throw new RunTimedOut();
        } finally {
            runs.remove(memoryId);
            ChatMemoryRemover.remove(aiService, memoryId);
        }
    }

    /** The run of an agent call in progress, for its tools. */
    public RunContext run(Object memoryId) {
        return find(memoryId).orElseThrow(() -> new IllegalStateException("No agent call " + memoryId));
    }

    Optional<RunContext> find(Object memoryId) {
        return Optional.ofNullable(runs.get(memoryId));
    }

    /** Keeps text the model wrote before a tool call apart from the text it writes after it. */
    private static final class Paragraphs implements Function<String, String> {

        private final RunContext run;
        private int toolCalls;
        private boolean written;

        Paragraphs(RunContext run) {
            this.run = run;
            this.toolCalls = run.trace().toolCallCount();
        }

        @Override
        public String apply(String delta) {
            int now = run.trace().toolCallCount();
            String text = written && now > toolCalls ? "\n\n" + delta : delta;
            toolCalls = now;
            written = true;
            return text;
        }
    }

    /** The run's deadline passed while an agent was still working. */
    public static final class RunTimedOut extends RuntimeException {
        RunTimedOut() {
            super("The run's deadline passed");
        }
    }
}
