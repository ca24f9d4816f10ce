package dev.dash.provenance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in a markdown text: amounts ($3,123,636.48, $1.2M, 42), percentages (8.2%) and dates (Mar 2026,
 * Mar 5, 2026, 2026-03-05). Code, links and list numbering are not figures; neither are digits inside words (Q1,
 * fx_customers) or times of day.
 */
final class Mentions {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?s)```.*?(```|$)|`[^`\\n]*`|\\]\\([^)\\s]*\\)|https?://\\S+|(?m)^\\s*\\d+[.)](?=\\s)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w.-])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\w-])");
    private static final Pattern NAMED_DATE = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,:/-])[$€£]?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
            + "(?:\\s?(%|percent\\b|thousand\\b|million\\b|billion\\b)|([KkMmBb]|bn|x)\\b)?(?![\\w:/]|\\.\\d)");
    private static final Map<String, Integer> SCALES = Map.of("k", 3, "thousand", 3, "m", 6, "million", 6, "b", 9,
            "bn", 9, "billion", 9);

    private Mentions() {
    }

    static List<Mention> in(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder(markdown);
        blank(text, HIDDEN);
        List<Mention> found = new ArrayList<>();
        dates(text, found);
        numbers(text, found);
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void dates(StringBuilder text, List<Mention> found) {
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            found.add(date(iso, iso.group(1) + "-" + iso.group(2) + (iso.group(3) == null ? "" : "-" + iso.group(3))));
        }
        blank(text, ISO_DATE);
        Matcher named = NAMED_DATE.matcher(text);
        while (named.find()) {
            String month = "%02d".formatted(month(named.group(1)).getValue());
            String day = named.group(2) == null ? "" : "-%02d".formatted(Integer.parseInt(named.group(2)));
            found.add(date(named, named.group(3) + "-" + month + day));
        }
        blank(text, NAMED_DATE);
    }

    private static Mention date(Matcher match, String iso) {
        return new Mention(match.group(), match.start(), null, null, false, iso);
    }

    private static void numbers(StringBuilder text, List<Mention> found) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String digits = number.group(1) + (number.group(2) == null ? "" : number.group(2));
            BigDecimal shown = parse(digits);
            String suffix = number.group(3) != null ? number.group(3) : number.group(4);
            boolean percent = suffix != null && suffix.startsWith("%") || "percent".equalsIgnoreCase(suffix);
            int scale = suffix == null ? 0 : SCALES.getOrDefault(suffix.toLowerCase(Locale.ROOT), 0);
            int decimals = number.group(2) == null ? 0 : number.group(2).length() - 1;
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).movePointRight(scale).divide(BigDecimal.TWO);
            found.add(new Mention(number.group(), number.start(), shown.movePointRight(scale), tolerance, percent,
                    null));
        }
    }

    /** "3,123,636.48" as the number it reads as, grouping included (java.text rather than our own parsing). */
    private static BigDecimal parse(String digits) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.US));
        format.setParseBigDecimal(true);
        return (BigDecimal) format.parse(digits, new ParsePosition(0));
    }

    private static Month month(String name) {
        String shortName = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.US).toLowerCase(Locale.ROOT).equals(shortName)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    /** Replaces what a pattern matches by spaces, so later patterns skip it and offsets stay the same. */
    private static void blank(StringBuilder text, Pattern pattern) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            for (int i = match.start(); i < match.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
    }
}
