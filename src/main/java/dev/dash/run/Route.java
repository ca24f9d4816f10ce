package dev.dash.run;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** Who answered a question. */
@RegisterForReflection
public enum Route {
    FAST_PATH, ANALYST, ENGINEER, LEADER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
