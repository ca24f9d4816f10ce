package dev.dash.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who answered a question. */
public enum Route {
    FAST_PATH, ANALYST, ENGINEER, LEADER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
