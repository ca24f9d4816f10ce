package dev.dash.knowledge.meaning;

import java.util.Locale;

/** One thing the data can be asked for: a metric, a dimension, a value of a dimension, or a time grain. */
public record Concept(Kind kind, String name, String dimension) {

    public enum Kind {
        METRIC, DIMENSION, VALUE, GRAIN;

        public static Kind of(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public static Concept metric(String name) {
        return new Concept(Kind.METRIC, name, null);
    }

    public static Concept dimension(String name) {
        return new Concept(Kind.DIMENSION, name, null);
    }

    public static Concept value(String value, String dimension) {
        return new Concept(Kind.VALUE, value, dimension);
    }

    public static Concept grain(String name) {
        return new Concept(Kind.GRAIN, name, null);
    }

    /** How the concept is written in a signature: "churn", "plan", "plan=enterprise", "month". */
    public String key() {
        return kind == Kind.VALUE ? dimension + "=" + name : name;
    }
}
