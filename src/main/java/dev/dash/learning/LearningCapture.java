package dev.dash.learning;

import dev.dash.knowledge.Origin;
import jakarta.enterprise.context.ApplicationScoped;

/** STAND-IN until main's learning code lands. */
@ApplicationScoped
public class LearningCapture {

    private final LearningStore store;

    public LearningCapture(LearningStore store) {
        this.store = store;
    }

    public SqlAttempts start(Origin origin, String agent) {
        return new SqlAttempts(store, origin);
    }
}
