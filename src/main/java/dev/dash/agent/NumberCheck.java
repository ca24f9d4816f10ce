package dev.dash.agent;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.model.ModelConfig;
import dev.dash.provenance.NumberTracer;
import dev.dash.provenance.NumbersConfig;
import dev.dash.provenance.RanQuery;
import dev.dash.run.Route;
import dev.dash.run.RunResponse.TracedNumber;
import dev.dash.run.RunStatus;
import dev.dash.sql.ResultText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The last step before an answer leaves: each figure traced to the run's results ({@link NumberTracer}). When one
 * matches nothing, the Analyst gets one more turn with the mismatch pointed out; what still matches nothing is sent
 * marked unverified. Either way the trace shows a {@value #TOOL} step.
 */
@ApplicationScoped
public class NumberCheck {

    static final String TOOL = "check_numbers";
    private static final Logger LOG = Logger.getLogger(NumberCheck.class);
    private static final int RESULT_ROWS = 50;
    private static final int RESULT_CHARS = 6000;

    private final NumberCorrectionAgent analyst;
    private final Conversations conversations;
    private final NumbersConfig config;
    private final ModelConfig model;

    public NumberCheck(NumberCorrectionAgent analyst, Conversations conversations, NumbersConfig config,
            ModelConfig model) {
        this.analyst = analyst;
        this.conversations = conversations;
        this.config = config;
        this.model = model;
    }

    /** The answer to send and where each of its figures came from. */
    Checked check(RunContext run, Outcome outcome) {
        if (outcome.status() != RunStatus.COMPLETED || outcome.answer() == null) {
            return new Checked(outcome.answer(), List.of());
        }
        List<RanQuery> queries = run.trace().queries();
        List<TracedNumber> first = NumberTracer.trace(outcome.answer(), queries, run.question());
        List<String> unverified = unverified(first);
        if (unverified.isEmpty()) {
            return new Checked(outcome.answer(), first);
        }
        boolean correct = outcome.route() != Route.FAST_PATH && model.online() && config.correction();
        AtomicReference<Checked> checked = new AtomicReference<>(new Checked(outcome.answer(), first));
        run.tool(TOOL, Map.of("unverified", unverified, "correction", correct), () -> {
            if (correct) {
                correct(run, outcome.answer(), unverified, queries).ifPresent(checked::set);
            }
            List<String> left = unverified(checked.get().numbers());
            return left.isEmpty()
                    ? ToolResult.ok("", "corrected " + String.join(", ", unverified))
                    : new ToolResult(false, "", "unverified: " + String.join(", ", left));
        });
        return checked.get();
    }

    private Optional<Checked> correct(RunContext run, String answer, List<String> unverified,
            List<RanQuery> queries) {
        String results = queries.stream()
                .map(q -> "SQL: " + q.sql() + "\n" + ResultText.of(q.result(), RESULT_ROWS, RESULT_CHARS))
                .collect(Collectors.joining("\n\n"));
        try {
            String corrected = run.as(Members.ANALYST, () -> conversations.stream(analyst, run, t -> { },
                    id -> analyst.correct(id, run.question(), answer, String.join(", ", unverified),
                            results.isEmpty() ? "(no query ran)" : results)));
            if (corrected == null || corrected.isBlank()) {
                return Optional.empty();
            }
            String text = corrected.strip();
            return Optional.of(new Checked(text, NumberTracer.trace(text, queries, run.question())));
        } catch (RuntimeException e) {
            LOG.warnf("Number correction failed (%s); the figures are sent marked", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static List<String> unverified(List<TracedNumber> numbers) {
        return numbers.stream().filter(n -> !n.verified()).map(TracedNumber::text).distinct().toList();
    }

    /** An answer ready to send, with its figures traced. */
    record Checked(String answer, List<TracedNumber> numbers) {
    }
}
