package dev.dash.provenance;

import java.math.BigDecimal;

/**
 * One figure as an answer's text shows it: its number and how far a value may be from it and still read as it (half
 * of its last shown digit, times its K/M/B scale), or for a date, its ISO-8601 prefix ({@code 2026-03}).
 */
record Mention(String text, int start, BigDecimal value, BigDecimal tolerance, boolean percent, String date) {

    /** A plain four-digit whole number that may be a year as well as a count. */
    String year() {
        int number = date == null && text.matches("\\d{4}") ? value.intValue() : 0;
        return number >= 1900 && number <= 2100 ? text : null;
    }

    /** Written as a ratio may be: a percentage, with decimals, or "3x". */
    boolean ratioLike() {
        return percent || text.contains(".") || text.endsWith("x");
    }

    boolean reads(BigDecimal candidate) {
        if (value == null || candidate == null) {
            return false;
        }
        BigDecimal shown = value.abs();
        BigDecimal actual = candidate.abs();
        return close(shown, actual) || percent && close(shown, actual.movePointRight(2));
    }

    private boolean close(BigDecimal shown, BigDecimal actual) {
        return shown.subtract(actual).abs().compareTo(tolerance) <= 0;
    }
}
