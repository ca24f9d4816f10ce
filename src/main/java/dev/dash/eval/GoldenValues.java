package dev.dash.eval;

import dev.dash.run.QueryResult;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Runs a case's golden SQL as the Analyst and says which of its values an answer leaves out. */
@ApplicationScoped
public class GoldenValues {

    static final double DEFAULT_TOLERANCE = 0.01;

    private final SqlRunner sql;

    public GoldenValues(SqlRunner sql) {
        this.sql = sql;
    }

    /** The values the answer must contain: numbers, and text (names) as the query returns them. */
    public List<Object> expected(EvalCase.Golden golden) {
        SqlOutcome outcome = sql.read(golden.sql());
        if (outcome instanceof SqlOutcome.Failure failure) {
            throw new IllegalStateException("the golden SQL failed: " + failure.message());
        }
        QueryResult result = ((SqlOutcome.Success) outcome).result();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            if (golden.columns() == null || golden.columns().contains(result.columns().get(i).name())) {
                columns.add(i);
            }
        }
        if (golden.columns() != null && columns.size() != golden.columns().size()) {
            throw new IllegalStateException("the golden SQL lacks a column of " + golden.columns());
        }
        int rows = golden.rows() == null ? result.rows().size() : Math.min(golden.rows(), result.rows().size());
        if (rows == 0) {
            throw new IllegalStateException("the golden SQL returned no rows");
        }
        List<Object> values = new ArrayList<>();
        for (List<Object> row : result.rows().subList(0, rows)) {
            columns.forEach(i -> {
                if (row.get(i) != null) {
                    values.add(row.get(i));
                }
            });
        }
        return values;
    }

    /** Each expected value the answer does not state, described for the report. */
    public List<String> missing(EvalCase.Golden golden, String answer) {
        AnswerText text = new AnswerText(answer);
        double tolerance = golden.tolerance() == null ? DEFAULT_TOLERANCE : golden.tolerance();
        List<String> missing = new ArrayList<>();
        for (Object value : expected(golden)) {
            boolean found = value instanceof Number n ? text.states(n.doubleValue(), tolerance)
                    : text.mentions(String.valueOf(value));
            if (!found) {
                missing.add(String.valueOf(value));
            }
        }
        return missing;
    }
}
