package dev.dash.knowledge.meaning;

import dev.dash.language.WordNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Derives a validated query's signature from its SQL (the outer SELECT's columns and GROUP BY, the filters anywhere
 * in it) and its metadata (name and the questions it answers), read with the lexicon.
 */
public final class Signatures {

    private Signatures() {
    }

    public static Signature of(String name, String description, List<String> questions, String sql, Lexicon lexicon) {
        Set<String> metrics = new HashSet<>();
        Set<String> dimensions = new HashSet<>();
        Set<String> columns = new HashSet<>();
        Set<String> attributes = new HashSet<>();
        Set<String> filters = new HashSet<>();
        Set<String> grains = new HashSet<>();
        Set<String> counted = new HashSet<>();
        Map<String, String> readAsDimension = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        boolean listsRows = false;
        PlainSelect outer = QuerySql.outer(sql);
        Set<String> orderedBy = new HashSet<>();
        Map<String, List<String>> metricColumns = new HashMap<>();
        if (outer != null && outer.getOrderByElements() != null) {
            // What its first row is the most of: the metrics its first ORDER BY column names (the others break ties).
            // "mrr" when ordered from the most, "mrr asc" from the least.
            var o = outer.getOrderByElements().getFirst();
            lexicon.relations.withoutAbsorbed(flat(lexicon.read(o.getExpression().toString().replace('"', ' '))))
                    .stream().filter(c -> c.kind() == Concept.Kind.METRIC)
                    .forEach(c -> orderedBy.add(c.name() + (o.isAsc() ? " asc" : "")));
        }
        if (outer != null) {
            for (SelectItem<?> item : outer.getSelectItems()) {
                String alias = item.getAlias() != null ? item.getAlias().getName()
                        : item.getExpression() instanceof Column c ? c.getColumnName() : "";
                String expression = item.getExpression().toString().toLowerCase(Locale.ROOT);
                QuerySql.grainOf(alias, expression).ifPresent(grains::add);
                if (QuerySql.counts(expression, alias, sql)) {
                    counted.addAll(Words.of(alias.replace('_', ' ')));
                }
                Reading read = lexicon.read(alias);
                List<Concept> named = flat(read);
                // A column is a breakdown only when its whole name is one ("plan", "company_size", "signup_cohort").
                boolean wholeDimension = read.named().size() == 1 && read.unread().isEmpty();
                // Churned or lost MRR is churn, not revenue ("absorbs" in the vocabulary): "MRR by industry" is not
                // answered by churn by industry.
                Set<String> absorbed = lexicon.relations.absorbedBy(named);
                List<Concept> columnMetrics = named.stream()
                        .filter(c -> c.kind() == Concept.Kind.METRIC && !absorbed.contains(c.name())).toList();
                if (columnMetrics.size() == 1 && read.unread().stream().noneMatch(English.get().ratio::contains)) {
                    metricColumns.computeIfAbsent(columnMetrics.getFirst().name(), k -> new ArrayList<>())
                            .add(alias.toLowerCase(Locale.ROOT));
                }
                for (Concept c : named) {
                    switch (c.kind()) {
                        case METRIC -> {
                            if (!absorbed.contains(c.name())) {
                                metrics.add(c.name());
                            }
                        }
                        case DIMENSION -> {
                            if (wholeDimension) {
                                columns.add(c.name());
                                readAsDimension.put(expression, c.name());
                            }
                        }
                        // A column named by a value shows the figure for it: "refunded_amount", "paid_amount".
                        case VALUE -> {
                            if (!wholeDimension) {
                                filters.add(c.key());
                            }
                        }
                        default -> { }
                    }
                }
            }
            String rows = lexicon.relations.rowDimension();
            if (columns.contains(rows) && outer.getGroupBy() == null) {
                columns.stream().filter(d -> !d.equals(rows)).forEach(attributes::add);
                dimensions.add(rows);
            } else if (!(listsRows = ListedRows.split(outer, lexicon, readAsDimension, dimensions, attributes))) {
                dimensions.addAll(columns);
                QuerySql.groupedBy(outer, lexicon, dimensions, grains, readAsDimension, renamed);
            }
        }
        QuerySql.filters(sql, lexicon, filters, metrics);
        Set.copyOf(counted).forEach(w -> WordNet.baseForms(w).forEach(base -> {
            counted.add(base);
            counted.addAll(lexicon.sameWords.getOrDefault(base, Set.of()));
        }));
        // The values every row is filtered on (the outer WHERE), as against a value only one column shows.
        Set<String> rowFilters = new HashSet<>();
        if (outer != null && outer.getWhere() != null) {
            QuerySql.filters(outer.getWhere().toString(), lexicon, rowFilters, new HashSet<>());
        }
        // The query's questions, then its name, each read once.
        List<Reading> metadata = metadata(name, questions).stream().map(lexicon::read).toList();
        fromMetadata(metadata, metrics, dimensions, filters, lexicon.relations);
        boolean period = English.get().window.matcher(description == null ? "" : description).find();
        Set<String> key = new HashSet<>();
        metadata.forEach(read -> lexicon.relations.withoutAbsorbed(flat(read)).stream()
                .filter(c -> c.kind() == Concept.Kind.METRIC).forEach(c -> key.add(c.name())));
        // A ratio of a key metric that the query gives is what it is about too: ARPA by plan from MRR by plan.
        Set<String> keyRatios = new HashSet<>();
        lexicon.ratios().forEach((ratio, parts) -> {
            if (key.contains(parts.getFirst()) && metrics.contains(ratio)) {
                keyRatios.add(ratio);
            }
        });
        Set<String> words = new HashSet<>(Words.of(String.join(" ", name, String.valueOf(description),
                String.join(" ", questions), sql)));
        words.addAll(lexicon.valueWords(dimensions));
        words.addAll(lexicon.valueWords(attributes));
        Set.copyOf(words).forEach(w -> words.addAll(WordNet.baseForms(w)));
        // The business's own words for the query's words ("account" for "customer"), never widened by WordNet.
        Set<String> businessWords = new HashSet<>();
        lexicon.sameWords.forEach((word, others) -> {
            if (words.contains(word)) {
                businessWords.addAll(others);
            }
        });
        // A name that states no metric ("cancellation reasons") states what the query is about by its dimension.
        List<Concept> named = flat(metadata.getLast());
        Set<String> keyDimensions = new HashSet<>();
        if (named.stream().noneMatch(c -> c.kind() == Concept.Kind.METRIC)) {
            named.stream().filter(c -> c.kind() == Concept.Kind.DIMENSION && dimensions.contains(c.name()))
                    .forEach(c -> keyDimensions.add(c.name()));
        }
        Set<String> window = period ? Set.copyOf(Words.of(description)) : Set.of();
        // A breakdown one of the query's own questions does not name is part of how it answers that question, and of
        // any question asking for the same metrics.
        Map<String, Set<Set<String>>> implicit = new HashMap<>();
        metadata.subList(0, questions.size()).forEach(read -> dimensions.stream()
                .filter(d -> Reading.unaskedDimensions(Set.of(d), read.asked()) > 0)
                .forEach(d -> implicit.computeIfAbsent(d, k -> new HashSet<>()).add(metricsOf(read))));
        // So is a window one of its own questions names no period for ("What is our net revenue retention?").
        Set<Set<String>> implicitWindow = new HashSet<>();
        metadata.subList(0, questions.size()).stream().filter(read -> !read.period())
                .forEach(read -> implicitWindow.add(metricsOf(read)));
        Map<String, String> sortableBy = dimensions.isEmpty() && grains.isEmpty() ? Map.of()
                : QuerySql.sortable(outer, metricColumns);
        return new Signature(metrics, dimensions, attributes, filters, grains, period, key, keyDimensions, keyRatios,
                words, businessWords, window, implicit, implicitWindow, orderedBy, sortableBy, rowFilters, counted,
                listsRows, renamed);
    }

    /** What the query's name and questions name: metrics, breakdowns, and values it filters on. */
    private static void fromMetadata(List<Reading> metadata, Set<String> metrics, Set<String> dimensions,
            Set<String> filters, MetricRelations relations) {
        for (Reading read : metadata) {
            for (Concept c : relations.withoutAbsorbed(flat(read))) {
                switch (c.kind()) {
                    case METRIC -> metrics.add(c.name());
                    case DIMENSION -> dimensions.add(c.name());
                    default -> { }
                }
            }
            // A value a question names is a filter, unless it is one of the groups the query breaks down by
            // ("starter compared with enterprise" of churn by plan filters on no company size).
            for (List<Concept> alternatives : read.named()) {
                if (alternatives.stream().noneMatch(c -> c.kind() == Concept.Kind.VALUE
                        && dimensions.contains(c.dimension()))) {
                    alternatives.stream().filter(c -> c.kind() == Concept.Kind.VALUE)
                            .forEach(c -> filters.add(c.key()));
                }
            }
        }
    }

    /** The metrics a reading names. */
    static Set<String> metricsOf(Reading read) {
        Set<String> metrics = new HashSet<>();
        read.asked().stream().filter(c -> c.kind() == Concept.Kind.METRIC).forEach(c -> metrics.add(c.name()));
        return metrics;
    }

    private static List<String> metadata(String name, List<String> questions) {
        List<String> texts = new java.util.ArrayList<>(questions);
        texts.add(name.replace('_', ' '));
        return texts;
    }

    private static List<Concept> flat(Reading reading) {
        return reading.named().stream().flatMap(List::stream).toList();
    }
}
