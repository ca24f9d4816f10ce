package dev.dash.run;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A chart as the page (ECharts) and the PNG renderer (JFreeChart) both draw it. Values are aligned with
 * {@code labels}; a null value is a gap. {@code unit} is the measure's unit from the result's metadata (null when unknown).
 */
@RegisterForReflection
public record ChartSpec(ChartKind kind, String title, String x_name, List<String> labels, List<Series> series,
        Unit unit, boolean horizontal, String note, Figure figure) {

    @RegisterForReflection
    public record Series(String name, List<Number> values) {
    }

    /** One number, with its change against a baseline when the result has one. */
    @RegisterForReflection
    public record Figure(String label, Number value, Number previous, Number change, Double change_pct) {
    }
}
