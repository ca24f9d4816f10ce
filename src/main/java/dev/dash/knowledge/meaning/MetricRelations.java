package dev.dash.knowledge.meaning;

import java.util.List;
import java.util.Map;

/**
 * What the vocabulary says about its metrics beyond their words: the grain each is a figure per ("per": churn is
 * monthly), the two terms a ratio divides ("ratio_of": ARPA is MRR per customer), and the metric each predicts
 * ("predicts": at risk predicts churn, so "likely to cancel" is at risk).
 */
public record MetricRelations(Map<String, String> units, Map<String, List<String>> ratios,
        Map<String, String> predictions) {

    public MetricRelations {
        units = Map.copyOf(units);
        ratios = Map.copyOf(ratios);
        predictions = Map.copyOf(predictions);
    }
}
