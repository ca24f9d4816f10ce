package dev.dash.chart;

import dev.dash.format.Formats;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How the chart choosers read a result's values: numbers, sums, order, date and column labels. */
final class ChartValues {

    private ChartValues() {
    }

    static String label(String column) {
        return Formats.label(column);
    }

    /** Shares of a whole: percentages adding up to about 100, or fractions adding up to about 1. */
    static boolean sumsToWhole(Collection<Number> values) {
        double sum = values.stream().mapToDouble(Number::doubleValue).sum();
        return Math.abs(sum - 100) < 1 || Math.abs(sum - 1) < 0.01;
    }

    static List<String> sortedDescending(Map<String, Number> values) {
        return values.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Number> e) -> e.getValue().doubleValue())
                        .reversed())
                .map(Map.Entry::getKey).toList();
    }

    static String dateLabel(Object value) {
        String text = String.valueOf(value);
        return text.replaceFirst("[T ]00:00(:00)?$", "");
    }

    static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    static Number number(Object value) {
        return value instanceof Number n ? n : null;
    }

    static Number orZero(Object value) {
        return value instanceof Number n ? n : 0;
    }

    static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    static Number sum(Number a, Number b) {
        return decimal(a).add(decimal(b));
    }
}
