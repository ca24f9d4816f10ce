package dev.dash.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an answer as a judge does: the numbers it states (1,234.5 · $12.3k · 4.7%) and its words, normalised. */
final class AnswerText {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])-?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?([kKmM](?![a-zA-Z]))?");
    /** A rounded figure counts only this close to the true value. */
    private static final double ROUNDING_SLACK = 0.05;

    private final String normalized;
    private final List<Stated> numbers = new ArrayList<>();

    AnswerText(String answer) {
        String text = answer == null ? "" : answer;
        normalized = normalize(text);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
            BigDecimal value = new BigDecimal((m.group(0).startsWith("-") ? "-" : "") + digits);
            int decimals = m.group(2) == null ? 0 : m.group(2).length() - 1;
            String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            if (suffix.equals("k")) {
                value = value.movePointRight(3);
                decimals -= 3;
            } else if (suffix.equals("m")) {
                value = value.movePointRight(6);
                decimals -= 6;
            }
            numbers.add(new Stated(value.doubleValue(), decimals));
        }
    }

    /** Lower case, underscores and runs of white space as one space, so too_expensive matches "too expensive". */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('\u2019', '\'').replaceAll("[*`]", "").replaceAll("\\s+", " ");
    }

    /** The phrase as whole words: "US" is not found in "customers". */
    boolean mentions(String phrase) {
        String wanted = normalize(phrase).strip();
        return !wanted.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted)
                + "(?![\\p{L}\\p{N}])").matcher(normalized).find();
    }

    /** Whether the answer states this number: within the relative tolerance, or rounded to the digits it shows. */
    boolean states(double expected, double tolerance) {
        for (Stated n : numbers) {
            double error = Math.abs(n.value() - expected);
            if (error <= tolerance * Math.abs(expected) + 1e-9) {
                return true;
            }
            if (error <= ROUNDING_SLACK * Math.abs(expected) && rounded(expected, n.decimals()) == n.value()) {
                return true;
            }
        }
        return false;
    }

    private static double rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private record Stated(double value, int decimals) {
    }
}
