package dev.dash.eval;

import dev.dash.testsupport.ShippedKnowledge;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The shipped eval case files by category, over the shipped knowledge and sample data their golden queries read. */
@ApplicationScoped
public class ShippedEvals {

    private static final Path EVALS = Path.of("evals");

    private final EvalSuite suite;
    private final ShippedKnowledge knowledge;
    private boolean loaded;

    public ShippedEvals(EvalSuite suite, ShippedKnowledge knowledge) {
        this.suite = suite;
        this.knowledge = knowledge;
    }

    /** Loads the knowledge folder and the sample data, the first time only. */
    public synchronized void ensureLoaded() {
        if (!loaded) {
            knowledge.ensureLoaded();
            loaded = true;
        }
    }

    /** The case files in the suite's order, by category. */
    public Map<String, EvalFile> files() {
        return suite.load(EVALS).stream()
                .collect(Collectors.toMap(EvalFile::category, f -> f, (a, b) -> a, LinkedHashMap::new));
    }
}
