package dev.dash.run;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** What a result column's values mean, so every channel renders them alike. */
@RegisterForReflection
public enum Unit {
    CURRENCY, PERCENT, COUNT, NUMBER, DATE, TEXT;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
