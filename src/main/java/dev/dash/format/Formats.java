package dev.dash.format;

import dev.dash.run.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** How one value looks to a person, given its column's unit: the one place that decides it for every channel. */
public final class Formats {

    public static final String NO_VALUE = "–";

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.US);

    private Formats() {
    }

    public static String value(Object value, Unit unit) {
        if (value == null) {
            return NO_VALUE;
        }
        BigDecimal number = number(value);
        if (number == null) {
            return unit == Unit.DATE ? date(value.toString()) : value.toString();
        }
        return switch (unit) {
            case CURRENCY -> (number.signum() < 0 ? "-$" : "$") + pattern("#,##0.00").format(number.abs());
            case PERCENT -> pattern("#,##0.##").format(number) + "%";
            case COUNT, NUMBER -> pattern("#,##0.##").format(number);
            case DATE -> date(value.toString());
            case TEXT -> number.stripTrailingZeros().toPlainString();
        };
    }

    /** A column name as a label: words instead of underscores, abbreviations in capitals, "pct" as "%". */
    public static String label(String column) {
        StringBuilder label = new StringBuilder();
        for (String word : column.split("_+")) {
            if (word.isEmpty()) {
                continue;
            }
            String shown = switch (word.toLowerCase(Locale.ROOT)) {
                case "pct", "percent" -> "%";
                case "mrr", "arr", "arpa", "nrr", "grr", "csat", "clv", "api", "yoy", "id" -> word.toUpperCase(Locale.ROOT);
                case "avg" -> "average";
                default -> word;
            };
            label.append(label.isEmpty() ? "" : " ").append(shown);
        }
        String text = label.toString().replace(" %", " (%)");
        return text.isEmpty() ? column : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A result cell as a number, or null when it holds none. */
    public static BigDecimal number(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> BigDecimal.valueOf(f);
            case Number n -> parse(n.toString());
            case null, default -> null;
        };
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, US);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static String date(String text) {
        if (YEAR.matcher(text).matches()) {
            return text;
        }
        try {
            if (text.length() == 7) {
                return YearMonth.parse(text).format(MONTH);
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).format(DAY);
            }
            LocalDateTime time = LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text);
            return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.format(DAY) : time.format(MINUTE);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return text;
        }
    }
}
