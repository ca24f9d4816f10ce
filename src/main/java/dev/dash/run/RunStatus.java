package dev.dash.run;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** Where a run stands: running until it ends; interrupted when its process stopped before it ended. */
@RegisterForReflection
public enum RunStatus {
    RUNNING, COMPLETED, NEEDS_MODEL, NEEDS_CLARIFICATION, ERROR, INTERRUPTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
