package dev.dash.eval;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;

import dev.dash.testsupport.ScriptedModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scripted model's replies to an eval case: the case's golden query, then an answer that gives its golden values,
 * or one that gets the numbers wrong and repeats them when asked to correct them (the number check's one more turn).
 */
@ApplicationScoped
public class ScriptedAnswers {

    private final GoldenValues golden;

    public ScriptedAnswers(GoldenValues golden) {
        this.golden = golden;
    }

    public ScriptedModel.Reply[] withGoldenValues(EvalCase c) {
        return new ScriptedModel.Reply[] {tool("run_sql_query", "query", c.golden().sql()),
                text("The answer: " + golden.expected(c.golden()).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ".")};
    }

    public ScriptedModel.Reply[] withWrongNumbers(EvalCase c) {
        List<String> wrong = new ArrayList<>();
        for (Object v : golden.expected(c.golden())) {
            wrong.add(v instanceof Number n ? String.valueOf(n.doubleValue() * 1.5 + 7) : String.valueOf(v));
        }
        return new ScriptedModel.Reply[] {tool("run_sql_query", "query", c.golden().sql()),
                text("The answer: " + wrong + "."), text("The answer: " + wrong + ".")};
    }
}
