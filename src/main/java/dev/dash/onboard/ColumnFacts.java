package dev.dash.onboard;

import java.util.List;

/**
 * What the data says about one column; a null field was not measured. {@code values} are the distinct values of a text
 * column when it has at most the configured number of them, else null; {@code min} and {@code max} are as text.
 */
public record ColumnFacts(Long nonEmpty, String min, String max, Boolean twoDecimals, Boolean whole,
        Boolean someFraction, List<String> values) {

    static final ColumnFacts NONE = new ColumnFacts(null, null, null, null, null, null, null);

    ColumnFacts withNonEmpty(Long count) {
        return new ColumnFacts(count, min, max, twoDecimals, whole, someFraction, values);
    }

    boolean nonNegative() {
        return min != null && !min.startsWith("-");
    }
}
