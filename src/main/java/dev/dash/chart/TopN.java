package dev.dash.chart;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The largest categories a chart can show; the rest is summed into "Other" only when the measure adds up. */
record TopN(List<String> kept, List<String> rest, boolean summed, String note) {

    static TopN of(List<String> categories, ToDoubleFunction<String> size, boolean additive) {
        if (categories.size() <= ChartChooser.MAX_CATEGORIES) {
            return new TopN(categories, List.of(), additive, null);
        }
        List<String> largest = categories.stream()
                .sorted(Comparator.comparingDouble(size).reversed()).toList();
        int keep = additive ? ChartChooser.MAX_CATEGORIES - 1 : ChartChooser.MAX_CATEGORIES;
        List<String> kept = categories.stream().filter(largest.subList(0, keep)::contains).toList();
        List<String> rest = largest.subList(keep, largest.size());
        String note = additive ? rest.size() + " smaller categories summed as \"" + ChartChooser.OTHER + "\""
                : "Largest " + keep + " of " + categories.size() + " shown";
        return new TopN(kept, rest, additive, note);
    }
}
