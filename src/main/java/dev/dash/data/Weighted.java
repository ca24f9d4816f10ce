package dev.dash.data;

import java.util.List;
import java.util.Map;

/** A fixed set of choices with relative weights, in a fixed order so that a seed picks the same one every time. */
record Weighted<T>(List<Map.Entry<T, Double>> choices, double total) {

    @SafeVarargs
    static <T> Weighted<T> of(Map.Entry<T, Double>... choices) {
        double total = 0;
        for (var c : choices) {
            total += c.getValue();
        }
        return new Weighted<>(List.of(choices), total);
    }

    static <T> Map.Entry<T, Double> w(T choice, double weight) {
        return Map.entry(choice, weight);
    }

    /** The choice at position unit (0 inclusive to 1 exclusive) of the cumulative weights. */
    T pick(double unit) {
        double target = unit * total;
        double cumulative = 0;
        for (var c : choices) {
            cumulative += c.getValue();
            if (target < cumulative) {
                return c.getKey();
            }
        }
        return choices.getLast().getKey();
    }
}
