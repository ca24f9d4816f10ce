package dev.dash.chart;

import static dev.dash.chart.ChartChooser.LONG_LABEL;
import static dev.dash.chart.ChartChooser.MAX_CATEGORIES;
import static dev.dash.chart.ChartChooser.MAX_PARTS;
import static dev.dash.chart.ChartChooser.MAX_STACKS;
import static dev.dash.chart.ChartChooser.OTHER;
import static dev.dash.chart.ChartValues.label;
import static dev.dash.chart.ChartValues.orZero;
import static dev.dash.chart.ChartValues.sortedDescending;
import static dev.dash.chart.ChartValues.sumsToWhole;

import dev.dash.run.ChartKind;
import dev.dash.run.ChartSpec;
import dev.dash.run.ChartSpec.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Charts of a measure over categories: parts of a whole (a pie) only for a few positive parts of an additive measure or
 * shares that add up to a whole, else bars; two categories as stacked bars when the measure adds up.
 */
final class CategoryCharts {

    private CategoryCharts() {
    }

    static ChartSpec barOrPie(ResultShape shape, int category, int measure) {
        Map<String, Number> totals = new LinkedHashMap<>();
        for (List<Object> row : shape.rows()) {
            totals.merge(String.valueOf(row.get(category)), orZero(row.get(measure)), ChartValues::sum);
        }
        boolean positive = totals.values().stream().allMatch(v -> v.doubleValue() > 0);
        boolean additive = shape.additive(measure);
        String title = label(shape.name(measure)) + " by " + shape.name(category);
        if (positive && totals.size() <= MAX_PARTS && (additive || sumsToWhole(totals.values()))) {
            List<String> parts = sortedDescending(totals);
            return new ChartSpec(ChartKind.PIE, title, label(shape.name(category)), parts,
                    List.of(new Series(label(shape.name(measure)), parts.stream().map(totals::get).toList())),
                    shape.unit(measure), false, null, null);
        }
        TopN top = TopN.of(sortedDescending(totals), c -> totals.get(c).doubleValue(), additive);
        List<String> labels = new ArrayList<>(top.kept());
        List<Number> values = new ArrayList<>(top.kept().stream().map(totals::get).toList());
        if (!top.rest().isEmpty() && top.summed()) {
            labels.add(OTHER);
            values.add(top.rest().stream().map(totals::get).reduce(ChartValues::sum).orElse(0));
        }
        boolean horizontal = labels.stream().anyMatch(l -> l.length() > LONG_LABEL);
        return new ChartSpec(ChartKind.BAR, title, label(shape.name(category)), labels,
                List.of(new Series(label(shape.name(measure)), values)), shape.unit(measure), horizontal, top.note(),
                null);
    }

    static Optional<ChartSpec> stacked(ResultShape shape, int first, int second, int measure) {
        Map<String, Map<String, Number>> cells = new LinkedHashMap<>();
        Map<String, Number> stackTotals = new LinkedHashMap<>();
        for (List<Object> row : shape.rows()) {
            cells.computeIfAbsent(String.valueOf(row.get(first)), k -> new LinkedHashMap<>())
                    .merge(String.valueOf(row.get(second)), orZero(row.get(measure)), ChartValues::sum);
            stackTotals.merge(String.valueOf(row.get(second)), orZero(row.get(measure)), ChartValues::sum);
        }
        boolean nonNegative = stackTotals.values().stream().allMatch(v -> v.doubleValue() >= 0);
        if (!shape.additive(measure) || !nonNegative || stackTotals.size() > MAX_STACKS || cells.size() < 2
                || cells.size() > MAX_CATEGORIES) {
            return Optional.empty();
        }
        Map<String, Number> barTotals = new LinkedHashMap<>();
        cells.forEach((bar, parts) -> barTotals.put(bar, parts.values().stream().reduce(ChartValues::sum).orElse(0)));
        List<String> bars = sortedDescending(barTotals);
        List<Series> series = sortedDescending(stackTotals).stream()
                .map(stack -> new Series(stack, bars.stream().map(bar -> cells.get(bar).get(stack)).toList()))
                .toList();
        boolean horizontal = bars.stream().anyMatch(l -> l.length() > LONG_LABEL);
        return Optional.of(new ChartSpec(ChartKind.STACKED_BAR, label(shape.name(measure)) + " by " + shape.name(first)
                + " and " + shape.name(second), label(shape.name(first)), bars, series, shape.unit(measure),
                horizontal, null, null));
    }
}
