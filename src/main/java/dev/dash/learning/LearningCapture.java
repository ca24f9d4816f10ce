package dev.dash.learning;

import dev.dash.run.Origin;
import jakarta.enterprise.context.ApplicationScoped;

/** Starts the automatic capture of failed→fixed SQL for one agent in one run. */
@ApplicationScoped
public class LearningCapture {

    private final LearningStore store;

    public LearningCapture(LearningStore store) {
        this.store = store;
    }

    public SqlAttempts start(Origin origin) {
        return new SqlAttempts(store, origin);
    }
}
