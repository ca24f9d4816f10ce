package dev.dash.learning;

import dev.dash.knowledge.Origin;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlOutcome;
import java.util.Collections;
import java.util.Optional;

/** STAND-IN until main's learning code lands: pairs a failure with the next success on overlapping tables. */
public class SqlAttempts {

    private final LearningStore store;
    private final Origin origin;
    private SqlOutcome.Failure failure;

    SqlAttempts(LearningStore store, Origin origin) {
        this.store = store;
        this.origin = origin;
    }

    public Optional<Long> record(SqlOutcome outcome) {
        if (outcome instanceof SqlOutcome.Failure f) {
            failure = f;
            return Optional.empty();
        }
        if (failure == null || Collections.disjoint(SqlGuard.tablesIn(failure.sql()), SqlGuard.tablesIn(outcome.sql()))) {
            return Optional.empty();
        }
        String lesson = failure.message() + " — failed: " + failure.sql() + " — fixed: " + outcome.sql();
        failure = null;
        return Optional.of(store.save("Fix for " + String.join(", ", SqlGuard.tablesIn(outcome.sql())), lesson, origin));
    }
}
