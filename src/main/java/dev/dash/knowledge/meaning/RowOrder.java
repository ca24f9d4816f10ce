package dev.dash.knowledge.meaning;

import dev.dash.run.QueryResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The order a ranking question asks of a query's rows that the query's own ORDER BY does not give. */
public record RowOrder(String column, boolean descending) {

    /**
     * The rows sorted on the column, empty values last; nothing when the rows were cut at the row limit (the top
     * rows of a cut result need not be the top rows) or the column is not there.
     */
    public Optional<QueryResult> apply(QueryResult result) {
        int index = result.columns().stream().map(QueryResult.Column::name).toList().indexOf(column);
        if (index < 0 || result.truncated()) {
            return Optional.empty();
        }
        Comparator<Double> byValue = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<List<Object>> rows = new ArrayList<>(result.rows());
        rows.sort(Comparator.comparing(row -> row.get(index) instanceof Number n ? n.doubleValue() : null,
                Comparator.nullsLast(byValue)));
        return Optional.of(new QueryResult(result.columns(), rows, result.row_count(), false));
    }
}
