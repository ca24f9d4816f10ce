package dev.dash.agent;

import dev.dash.agent.runtime.Conversations;
import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.knowledge.meaning.QueryMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Asks the model to pick one of at most three validated queries for a question, or none: a short call instead of a
 * full SQL-writing run. The call and the choice go into the run's trace; a failed call picks none.
 */
@ApplicationScoped
public class QueryPicker {

    static final String AGENT = "query_picker";
    static final String TOOL = "pick_validated_query";
    private static final Logger LOG = Logger.getLogger(QueryPicker.class);
    private static final Pattern NUMBER = Pattern.compile("\\b([1-9])\\b");

    private final QueryPickerAgent agent;
    private final Conversations conversations;

    public QueryPicker(QueryPickerAgent agent, Conversations conversations) {
        this.agent = agent;
        this.conversations = conversations;
    }

    public Optional<QueryMatch> pick(RunContext run, String question, List<QueryMatch> options) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            QueryMatch o = options.get(i);
            text.append(i + 1).append(". ").append(o.name()).append(": ").append(o.description())
                    .append(o.questions().isEmpty() ? "" : " (answers: " + String.join(" / ", o.questions()) + ")")
                    .append('\n');
        }
        String reply;
        try {
            reply = run.as(AGENT, () -> conversations.stream(agent, run, t -> { },
                    id -> agent.pick(id, question, text.toString().strip())));
        } catch (RuntimeException e) {
            LOG.warnf("Query pick failed (%s); answering with a full run", e.getClass().getSimpleName());
            return Optional.empty();
        }
        Optional<QueryMatch> chosen = choice(reply, options);
        run.tool(TOOL, Map.of("question", question, "options", options.stream().map(QueryMatch::name).toList()),
                () -> ToolResult.ok(chosen.map(QueryMatch::name).orElse("none"),
                        chosen.map(m -> "picked " + m.name()).orElse("picked none")));
        return chosen;
    }

    static Optional<QueryMatch> choice(String reply, List<QueryMatch> options) {
        String text = reply == null ? "" : reply.strip();
        Matcher number = NUMBER.matcher(text);
        if (text.toLowerCase(java.util.Locale.ROOT).startsWith("none") || !number.find()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(number.group(1)) - 1;
        return index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
    }
}
