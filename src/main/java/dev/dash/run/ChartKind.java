package dev.dash.run;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** The charts Dash draws; anything else is shown as a table only. */
@RegisterForReflection
public enum ChartKind {
    LINE, BAR, STACKED_BAR, PIE, FIGURE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
