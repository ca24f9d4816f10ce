package dev.dash.chart;

import static dev.dash.chart.ChartValues.dateLabel;
import static dev.dash.chart.ChartValues.decimal;
import static dev.dash.chart.ChartValues.label;
import static dev.dash.chart.ChartValues.number;
import static dev.dash.chart.ChartValues.orZero;

import dev.dash.chart.ResultShape.Role;
import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.ChartSpec.Figure;
import dev.dash.run.ChartSpec.Series;
import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one place that picks a chart from the shape of a result, or none. It never draws a chart that misleads:
 * bars start at zero (the renderers' job), at most {@link #MAX_CATEGORIES} categories (additive measures sum the rest
 * into "Other", others are cut with a note), and parts of a whole only for additive, positive measures.
 */
@ApplicationScoped
public class ChartChooser {

    static final int MAX_CATEGORIES = 12;
    static final int MAX_PARTS = 6;
    static final int MAX_STACKS = 6;
    static final int LONG_LABEL = 12;
    static final String OTHER = "Other";

    private static final Pattern DERIVED_NAME = Pattern.compile(".*(change|delta|diff|growth|yoy|mom|cumulative).*");
    private static final Pattern BASELINE_NAME = Pattern.compile(".*(prev|prior|last|before|baseline|ago|compar).*");

    public Optional<ChartSpec> choose(QueryResult result) {
        if (result == null || result.rows().isEmpty()) {
            return Optional.empty();
        }
        ResultShape shape = ResultShape.of(result);
        List<Integer> dates = shape.columns(Role.DATE);
        List<Integer> numbers = shape.columns(Role.NUMBER);
        List<Integer> categories = shape.columns(Role.CATEGORY);
        int rows = result.rows().size();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChartSpec> chart;
        if (rows == 1) {
            chart = figure(shape, numbers, categories);
        } else if (dates.size() == 1 && categories.isEmpty()) {
            chart = Optional.of(wideLine(shape, dates.getFirst(), numbers));
        } else if (dates.size() == 1 && categories.size() == 1 && numbers.size() == 1) {
            chart = Optional.of(longLine(shape, dates.getFirst(), categories.getFirst(), numbers.getFirst()));
        } else if (dates.isEmpty() && categories.size() == 1 && numbers.size() == 1) {
            chart = Optional.of(CategoryCharts.barOrPie(shape, categories.getFirst(), numbers.getFirst()));
        } else if (dates.isEmpty() && categories.size() == 2 && numbers.size() == 1) {
            chart = CategoryCharts.stacked(shape, categories.get(0), categories.get(1), numbers.getFirst());
        } else {
            chart = Optional.empty();
        }
        return result.truncated() ? chart.map(c -> withNote(c, "First " + rows + " rows only")) : chart;
    }

    private Optional<ChartSpec> figure(ResultShape shape, List<Integer> numbers, List<Integer> categories) {
        List<Object> row = shape.rows().getFirst();
        String context = categories.isEmpty() ? "" : " (" + row.get(categories.getFirst()) + ")";
        if (numbers.size() == 1) {
            int n = numbers.getFirst();
            return Optional.of(figureSpec(shape, n, new Figure(label(shape.name(n)) + context, number(row.get(n)),
                    null, null, null)));
        }
        List<Integer> baselines = numbers.stream()
                .filter(i -> BASELINE_NAME.matcher(shape.name(i).toLowerCase(Locale.ROOT)).matches()).toList();
        if (numbers.size() != 2 || baselines.size() != 1) {
            return Optional.empty();
        }
        int previous = baselines.getFirst();
        int current = numbers.get(0) == previous ? numbers.get(1) : numbers.get(0);
        Number now = number(row.get(current));
        Number before = number(row.get(previous));
        Number change = now == null || before == null ? null : decimal(now).subtract(decimal(before));
        Double pct = change == null || decimal(before).signum() == 0 ? null
                : decimal(change).divide(decimal(before).abs(), 4, RoundingMode.HALF_UP).doubleValue();
        return Optional.of(figureSpec(shape, current, new Figure(label(shape.name(current)) + context, now, before,
                change, pct)));
    }

    private ChartSpec figureSpec(ResultShape shape, int column, Figure figure) {
        return new ChartSpec(ChartKind.FIGURE, figure.label(), null, List.of(), List.of(), shape.unit(column), false,
                null, figure);
    }

    /**
     * One axis, one unit: measures in another unit than the first, and derived columns (changes, growth) next to
     * the measure they derive from, stay in the table.
     */
    private ChartSpec wideLine(ResultShape shape, int date, List<Integer> measures) {
        Unit unit = shape.unit(measures.getFirst());
        List<Integer> sameUnit = measures.stream().filter(n -> Objects.equals(shape.unit(n), unit)).toList();
        List<Integer> base = sameUnit.stream()
                .filter(n -> !DERIVED_NAME.matcher(shape.name(n).toLowerCase(Locale.ROOT)).matches()).toList();
        List<Integer> numbers = base.isEmpty() ? sameUnit : base;
        List<List<Object>> rows = new ArrayList<>(shape.rows());
        rows.sort(Comparator.comparing(r -> r.get(date), ChartValues::compareValues));
        List<String> labels = rows.stream().map(r -> dateLabel(r.get(date))).toList();
        List<Series> series = numbers.stream()
                .map(n -> new Series(label(shape.name(n)), rows.stream().map(r -> number(r.get(n))).toList()))
                .toList();
        String title = label(String.join(", ", numbers.stream().map(shape::name).toList())) + " by "
                + shape.name(date);
        return new ChartSpec(ChartKind.LINE, title, label(shape.name(date)), labels, series, commonUnit(shape, numbers),
                false, null, null);
    }

    private ChartSpec longLine(ResultShape shape, int date, int category, int measure) {
        Map<String, Map<String, Number>> byCategory = new LinkedHashMap<>();
        TreeMap<Object, String> dates = new TreeMap<>(ChartValues::compareValues);
        for (List<Object> row : shape.rows()) {
            dates.put(row.get(date), dateLabel(row.get(date)));
            byCategory.computeIfAbsent(String.valueOf(row.get(category)), k -> new LinkedHashMap<>())
                    .merge(dateLabel(row.get(date)), orZero(row.get(measure)), ChartValues::sum);
        }
        List<String> labels = List.copyOf(dates.values());
        TopN top = TopN.of(byCategory.keySet().stream().toList(),
                c -> byCategory.get(c).values().stream().mapToDouble(v -> Math.abs(v.doubleValue())).sum(),
                shape.additive(measure));
        List<Series> series = new ArrayList<>();
        for (String name : top.kept()) {
            series.add(new Series(name, labels.stream().map(d -> byCategory.get(name).get(d)).toList()));
        }
        if (!top.rest().isEmpty() && top.summed()) {
            series.add(new Series(OTHER, labels.stream().map(d -> top.rest().stream()
                    .map(c -> byCategory.get(c).get(d)).filter(Objects::nonNull)
                    .reduce(ChartValues::sum).orElse(null)).toList()));
        }
        return new ChartSpec(ChartKind.LINE, label(shape.name(measure)) + " by " + shape.name(date) + " and "
                + shape.name(category), label(shape.name(date)), labels, series, shape.unit(measure), false,
                top.note(), null);
    }

    private static ChartSpec withNote(ChartSpec c, String note) {
        String text = c.note() == null ? note : c.note() + "; " + note;
        return new ChartSpec(c.kind(), c.title(), c.x_name(), c.labels(), c.series(), c.unit(), c.horizontal(), text,
                c.figure());
    }

    private static Unit commonUnit(ResultShape shape, List<Integer> columns) {
        List<Unit> units = columns.stream().map(shape::unit).distinct().toList();
        return units.size() == 1 ? units.getFirst() : null;
    }


}
