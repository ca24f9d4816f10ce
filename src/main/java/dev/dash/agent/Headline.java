package dev.dash.agent;

import dev.dash.format.Formats;
import dev.dash.knowledge.meaning.RowOrder;
import dev.dash.provenance.NumberTracer;
import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The answer to a known question without a model, as a person would write it: the answer first, in a sentence with
 * its number in bold (one value, one row, the leading row of a table, the latest of a series), the rows as a short
 * markdown table when there are several, and last, quieter, the validated query it came from. Values are formatted by
 * meaning ({@link Formats}); every figure in the sentence is a value of the result.
 */
final class Headline {

    static final int ROWS_SHOWN = NumberTracer.ROWS_LISTED;
    private static final List<Unit> LEAD_ORDER = List.of(Unit.CURRENCY, Unit.PERCENT, Unit.NUMBER, Unit.COUNT);

    private Headline() {
    }

    /** {@code focus}: the column of the metric asked and the end to lead with; else the first numeric column. */
    static String of(String name, String description, QueryResult result, Optional<RowOrder> focus) {
        StringBuilder text = new StringBuilder();
        if (result.rows().isEmpty()) {
            text.append("The query returned no rows.");
        } else if (result.rows().size() == 1) {
            text.append(oneRow(result, focus));
        } else {
            text.append(lead(result, focus)).append("\n\n").append(HeadlineTable.of(result, ROWS_SHOWN));
        }
        return text.append("\n\n").append(source(name, description)).toString();
    }

    private static String oneRow(QueryResult result, Optional<RowOrder> focus) {
        List<Object> row = result.rows().getFirst();
        int lead = metric(result, focus).orElse(0);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (i != lead) {
                rest.add(part(result.columns().get(i), row.get(i)));
            }
        }
        String sentence = result.columns().get(lead).unit() == Unit.COUNT
                ? "There are " + bold(result, row, lead) + " " + lowerFirst(spoken(result, lead))
                : spoken(result, lead) + " is " + bold(result, row, lead);
        return (rest.isEmpty() ? sentence : sentence + ", with " + list(rest)) + ".";
    }

    private static String lead(QueryResult result, Optional<RowOrder> focus) {
        int date = firstOf(result, Unit.DATE);
        Optional<Integer> metric = metric(result, focus);
        if (metric.isPresent() && date >= 0 && !result.truncated()) {
            return series(result, date, metric.get());
        }
        int label = firstOf(result, Unit.TEXT);
        if (focus.isPresent() && metric.isPresent() && label >= 0 && !result.truncated()) {
            return leader(result, label, metric.get(), focus.get().descending());
        }
        return returned(result);
    }

    /** "MRR was **$9.00** in Mar 2026; highest $12.00 in Jan 2026, lowest $7.00 in Feb 2026." */
    private static String series(QueryResult result, int date, int metric) {
        List<List<Object>> rows = withValue(result, metric);
        if (rows.isEmpty()) {
            return returned(result);
        }
        List<Object> latest = rows.stream().max(Comparator.comparing(r -> String.valueOf(r.get(date)))).orElseThrow();
        List<Object> high = rows.stream().max(byValue(metric)).orElseThrow();
        List<Object> low = rows.stream().min(byValue(metric)).orElseThrow();
        Unit unit = result.columns().get(metric).unit();
        Unit when = result.columns().get(date).unit();
        return spoken(result, metric) + " was " + bold(result, latest, metric) + " in "
                + Formats.value(latest.get(date), when) + "; highest " + Formats.value(high.get(metric), unit) + " in "
                + Formats.value(high.get(date), when) + ", lowest " + Formats.value(low.get(metric), unit) + " in "
                + Formats.value(low.get(date), when) + ".";
    }

    /** "Starter has the highest churn rate: **8.2%**." (ties named together). */
    private static String leader(QueryResult result, int label, int metric, boolean highest) {
        List<List<Object>> rows = withValue(result, metric);
        if (rows.isEmpty()) {
            return returned(result);
        }
        Comparator<List<Object>> order = byValue(metric);
        List<Object> top = highest ? rows.stream().max(order).orElseThrow() : rows.stream().min(order).orElseThrow();
        List<String> names = rows.stream().filter(r -> order.compare(r, top) == 0)
                .map(r -> Formats.value(r.get(label), Unit.TEXT)).toList();
        String who = names.size() > 3 ? names.size() + " rows" : list(names);
        return upperFirst(who) + (names.size() == 1 ? " has" : " have") + " the " + (highest ? "highest " : "lowest ")
                + lowerFirst(spoken(result, metric)) + ": " + bold(result, top, metric) + ".";
    }

    /** No claim about the rows, only how many there are. */
    private static String returned(QueryResult result) {
        return "The query returned " + Formats.value(result.row_count(), Unit.COUNT) + " rows.";
    }

    private static String source(String name, String description) {
        String about = description == null ? "" : description.strip();
        return "_From the validated query `" + name + "`" + (about.isEmpty() ? "." : ": " + about) + "_";
    }

    /**
     * The focus column when it holds numbers; else the first column of money, then of a rate, then of any number (a
     * count of invoices beside their amounts is context, not the answer).
     */
    private static Optional<Integer> metric(QueryResult result, Optional<RowOrder> focus) {
        List<String> names = result.columns().stream().map(QueryResult.Column::name).toList();
        Optional<Integer> focused = focus.map(f -> names.indexOf(f.column())).filter(i -> i >= 0 && numeric(result, i));
        if (focused.isPresent()) {
            return focused;
        }
        for (Unit unit : LEAD_ORDER) {
            int first = firstOf(result, unit);
            if (first >= 0) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    private static boolean numeric(QueryResult result, int column) {
        return LEAD_ORDER.contains(result.columns().get(column).unit());
    }

    private static int firstOf(QueryResult result, Unit unit) {
        return IntStream.range(0, result.columns().size()).filter(i -> result.columns().get(i).unit() == unit)
                .findFirst().orElse(-1);
    }

    private static List<List<Object>> withValue(QueryResult result, int column) {
        return result.rows().stream().filter(r -> r.get(column) instanceof Number).toList();
    }

    private static Comparator<List<Object>> byValue(int column) {
        return Comparator.comparingDouble(r -> ((Number) r.get(column)).doubleValue());
    }

    /** "550 active customers" for a count, "current ARR $3,123,636.48" for anything else. */
    private static String part(QueryResult.Column column, Object value) {
        String label = lowerFirst(Formats.label(column.name()).replace(" (%)", ""));
        String shown = Formats.value(value, column.unit());
        return column.unit() == Unit.COUNT ? shown + " " + label : label + " " + shown;
    }

    private static String bold(QueryResult result, List<Object> row, int column) {
        return "**" + Formats.value(row.get(column), result.columns().get(column).unit()) + "**";
    }

    /** A column's label inside a sentence: its value already carries the unit. */
    private static String spoken(QueryResult result, int column) {
        return Formats.label(result.columns().get(column).name()).replace(" (%)", "");
    }

    private static String list(List<String> parts) {
        List<String> all = parts.stream().filter(Objects::nonNull).toList();
        return all.size() == 1 ? all.getFirst()
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.getLast();
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String label) {
        return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
