package dev.dash.knowledge.meaning;

import dev.dash.language.WordNet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a validated query gives, in the terms questions are read into: its metrics, the dimensions it breaks down
 * by, the attributes a row-per-customer list shows (its plan column lets a reader pick the enterprise customers,
 * but it is no breakdown by plan), the values it filters on (dimension=value), its time grain, whether it covers a
 * stated period, the key metrics its name and questions state (a question must ask for one of them: "biggest
 * customers by MRR" is not "customers at risk", though that query shows MRR) or the dimension a name
 * without a metric states ("cancellation reasons"), ratios of key metrics it gives (ARPA beside MRR by plan), and the
 * words of its text (a question's qualifiers, "median" or "Germany", must be among them) with their base forms, the
 * business's words for them (vocabulary entries of kind "word": "account" for "customer"), the words of the
 * description that states its window ("the last 6 months of data"), empty when it states none, and the breakdowns
 * one of its own questions leaves unnamed, with the metrics that question asks for ("What is our CSAT?" of CSAT by
 * category: category → [csat]), the metrics of its own questions that name no period for its window, and the
 * metrics its rows are ordered by (what its first row is the most of), and the result column that alone holds a
 * metric, when its rows may be sorted on it (no row limit, no total rows), and the values its outer WHERE filters
 * every row on (a count of its rows counts only those; "failed_amount" shows one value's amount, no count of it),
 * and the words of the columns that count or add up something ("track_count", "active_customers", "units_sold"),
 * with their base forms and the business's words for them, and whether it lists one row per entity (grouped by
 * its key: "ar.artist_id"), and other names of its breakdowns (billing_country of "billing_country AS country").
 */
public record Signature(Set<String> metrics, Set<String> dimensions, Set<String> attributes, Set<String> filters,
        Set<String> grains, boolean period, Set<String> keyMetrics, Set<String> keyDimensions, Set<String> keyRatios,
        Set<String> words, Set<String> businessWords, Set<String> window, Map<String, Set<Set<String>>> implicitBreakdowns,
        Set<Set<String>> implicitWindow, Set<String> orderedBy, Map<String, String> sortableBy,
        Set<String> rowFilters, Set<String> counted, boolean listsRows, Map<String, String> renamed) {

    /** Whether the query lists customers (or another entity) one per row, aggregating nothing across them. */
    public boolean perCustomer() {
        return listsRows || !attributes.isEmpty();
    }

    public Signature {
        metrics = Set.copyOf(metrics);
        dimensions = Set.copyOf(dimensions);
        attributes = Set.copyOf(attributes);
        filters = Set.copyOf(filters);
        grains = Set.copyOf(grains);
        keyMetrics = Set.copyOf(keyMetrics);
        keyDimensions = Set.copyOf(keyDimensions);
        keyRatios = Set.copyOf(keyRatios);
        words = Set.copyOf(words);
        businessWords = Set.copyOf(businessWords);
        window = Set.copyOf(window);
        implicitBreakdowns = Map.copyOf(implicitBreakdowns);
        implicitWindow = Set.copyOf(implicitWindow);
        orderedBy = Set.copyOf(orderedBy);
        sortableBy = Map.copyOf(sortableBy);
        rowFilters = Set.copyOf(rowFilters);
        counted = Set.copyOf(counted);
        renamed = Map.copyOf(renamed);
    }

    /** The concepts asked, a breakdown named by another of its names ("billing country") named as the query does. */
    List<Concept> inItsNames(List<Concept> asked) {
        return asked.stream().map(c -> c.kind() == Concept.Kind.DIMENSION && renamed.containsKey(c.name())
                ? Concept.dimension(renamed.get(c.name())) : c).toList();
    }

    /** Whether one of its columns counts the thing a question counts ("how many songs": a song count). */
    public boolean counts(String thing) {
        return !thing.isEmpty() && WordNet.baseForms(thing).stream().anyMatch(counted::contains);
    }

    /** Whether a question naming this metric asks for what the query is about. */
    public boolean isKey(String metric) {
        return keyMetrics.contains(metric) || keyRatios.contains(metric);
    }

    public boolean gives(Concept concept) {
        return switch (concept.kind()) {
            case METRIC -> metrics.contains(concept.name());
            case DIMENSION -> dimensions.contains(concept.name()) || renamed.containsKey(concept.name());
            case VALUE -> dimensions.contains(concept.dimension()) || attributes.contains(concept.dimension())
                    || filters.contains(concept.key());
            case GRAIN -> Reading.ANY_GRAIN.equals(concept.name()) ? !grains.isEmpty() : grains.contains(concept.name());
        };
    }
}
