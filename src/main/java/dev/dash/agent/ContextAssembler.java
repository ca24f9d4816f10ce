package dev.dash.agent;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.dash.knowledge.ContextPack;
import dev.dash.knowledge.Retriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The context of one task: the retrieved knowledge within the token budget, today's date and the data's date range. */
@ApplicationScoped
public class ContextAssembler {

    private static final Encoding TOKENS = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private final Retriever retriever;
    private final DataRange dataRange;
    private final AgentConfig config;
    private final Clock clock;

    public ContextAssembler(Retriever retriever, DataRange dataRange, AgentConfig config, Clock clock) {
        this.retriever = retriever;
        this.dataRange = dataRange;
        this.config = config;
        this.clock = clock;
    }

    public record Prompt(String context, String today, String dataRange) {
    }

    public Prompt forTask(String task) {
        return new Prompt(withinBudget(retriever.retrieve(task)), LocalDate.now(clock).toString(), dataRange.describe());
    }

    private String withinBudget(ContextPack pack) {
        List<ContextPack.Entry> kept = new ArrayList<>(pack.entries());
        String text = new ContextPack(pack.question(), kept).prompt();
        while (!kept.isEmpty() && TOKENS.countTokens(text) > config.contextTokenBudget()) {
            kept.remove(kept.size() - 1);
            text = new ContextPack(pack.question(), kept).prompt();
        }
        return text.isBlank() ? "(no matching knowledge; use introspect_schema)" : text;
    }
}
