package dev.dash.run;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** How a run ended. */
@RegisterForReflection
public enum RunStatus {
    COMPLETED, NEEDS_MODEL, NEEDS_CLARIFICATION, ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
