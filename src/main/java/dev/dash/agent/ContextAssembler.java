package dev.dash.agent;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.dash.retrieval.ContextPack;
import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

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

    /** The context of a task for a viewer: what is shared, and what only their own runs wrote. */
    public Prompt forTask(String task, Viewer viewer) {
        return new Prompt(withinBudget(retriever.retrieve(task, viewer)), LocalDate.now(clock).toString(),
                dataRange.describe());
    }

    /** The most entries, best first, whose prompt fits the budget. */
    private String withinBudget(ContextPack pack) {
        int fits = pack.entries().size();
        if (!fits(prompt(pack, fits))) {
            // An entry fewer never makes the prompt longer, so halve the range between what fits and what does not.
            int tooMany = fits;
            fits = 0;
            while (tooMany - fits > 1) {
                int middle = (fits + tooMany) / 2;
                if (fits(prompt(pack, middle))) {
                    fits = middle;
                } else {
                    tooMany = middle;
                }
            }
        }
        String text = prompt(pack, fits);
        return text.isBlank() ? "(no matching knowledge; use introspect_schema)" : text;
    }

    /** Whether the text is within the budget; reads no further than the budget's worth of tokens. */
    private boolean fits(String text) {
        return !TOKENS.encode(text, config.contextTokenBudget()).isTruncated();
    }

    private static String prompt(ContextPack pack, int entries) {
        return new ContextPack(pack.question(), pack.entries().subList(0, entries)).prompt();
    }
}
