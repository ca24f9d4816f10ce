package dev.dash.run;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Rows of a query as every interface renders them: numbers stay numbers, dates are ISO-8601 text, and each column
 * says by its unit how its values look to a person (the format package).
 */
@RegisterForReflection
public record QueryResult(List<Column> columns, List<List<Object>> rows, int row_count, boolean truncated) {

    @RegisterForReflection
    public record Column(String name, String type, Unit unit) {
    }

    public static QueryResult empty() {
        return new QueryResult(List.of(), List.of(), 0, false);
    }
}
