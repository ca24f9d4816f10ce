package dev.dash.provenance;

import dev.dash.format.Formats;
import dev.dash.run.QueryResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The values a result's figures may honestly be written as: its cells first, then its row count, column sums,
 * averages and shares of the total, then differences, ratios and percentage changes between two cells of a column
 * (the first {@value #PAIR_ROWS} rows) or of a row. Rows in derivation texts count from 1.
 */
final class Derivations {

    static final int PAIR_ROWS = 40;
    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Derivations() {
    }

    static List<Candidate> cells(RanQuery query) {
        List<Candidate> cells = new ArrayList<>();
        QueryResult result = query.result();
        for (int r = 0; r < result.rows().size(); r++) {
            for (int c : numericColumns(result)) {
                BigDecimal value = Formats.number(result.rows().get(r).get(c));
                if (value != null) {
                    cells.add(new Candidate(value, query, r, name(result, c), null));
                }
            }
        }
        return cells;
    }

    static List<Candidate> wholeColumns(RanQuery query) {
        QueryResult result = query.result();
        List<Candidate> derived = new ArrayList<>();
        derived.add(new Candidate(BigDecimal.valueOf(result.row_count()), query, null, null, "number of rows"));
        int listed = Math.min(NumberTracer.ROWS_LISTED, result.rows().size());
        derived.add(new Candidate(BigDecimal.valueOf(result.row_count() - listed), query, null, null,
                "number of rows after the first " + listed));
        for (int c : numericColumns(result)) {
            List<BigDecimal> values = column(result, c, result.rows().size());
            if (values.size() < 2) {
                continue;
            }
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String name = name(result, c);
            derived.add(new Candidate(sum, query, null, name, "sum of " + name));
            derived.add(new Candidate(sum.divide(BigDecimal.valueOf(values.size()), MATH), query, null, name,
                    "average of " + name));
            for (int r = 0; r < result.rows().size() && sum.signum() != 0; r++) {
                BigDecimal value = Formats.number(result.rows().get(r).get(c));
                if (value != null) {
                    derived.add(new Candidate(value.multiply(HUNDRED).divide(sum, MATH), query, r, name,
                            "share of row " + (r + 1) + " in the sum of " + name, true));
                }
            }
        }
        return derived;
    }

    static List<Candidate> pairs(RanQuery query) {
        QueryResult result = query.result();
        List<Candidate> derived = new ArrayList<>();
        List<Integer> numeric = numericColumns(result);
        int rows = Math.min(result.rows().size(), PAIR_ROWS);
        for (int c : numeric) {
            for (int i = 0; i < rows; i++) {
                for (int j = i + 1; j < rows; j++) {
                    pair(derived, query, i, c, j, c, name(result, c) + " between rows " + (i + 1) + " and " + (j + 1));
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int a = 0; a < numeric.size(); a++) {
                for (int b = a + 1; b < numeric.size(); b++) {
                    int ca = numeric.get(a);
                    int cb = numeric.get(b);
                    pair(derived, query, r, ca, r, cb, name(result, ca) + " and " + name(result, cb) + " in row "
                            + (r + 1));
                }
            }
        }
        return derived;
    }

    private static void pair(List<Candidate> out, RanQuery query, int rowA, int colA, int rowB, int colB, String of) {
        QueryResult result = query.result();
        BigDecimal a = Formats.number(result.rows().get(rowA).get(colA));
        BigDecimal b = Formats.number(result.rows().get(rowB).get(colB));
        if (a == null || b == null) {
            return;
        }
        String column = colA == colB ? name(result, colA) : null;
        Integer row = rowA == rowB ? rowA : null;
        out.add(new Candidate(a.subtract(b), query, row, column, "difference of " + of));
        if (b.signum() != 0) {
            out.add(new Candidate(a.divide(b, MATH), query, row, column, "ratio of " + of, true));
            out.add(new Candidate(a.subtract(b).multiply(HUNDRED).divide(b, MATH), query, row, column,
                    "percentage change of " + of, true));
        }
        if (a.signum() != 0) {
            out.add(new Candidate(b.divide(a, MATH), query, row, column, "ratio of " + of, true));
            out.add(new Candidate(b.subtract(a).multiply(HUNDRED).divide(a, MATH), query, row, column,
                    "percentage change of " + of, true));
        }
    }

    private static List<Integer> numericColumns(QueryResult result) {
        return IntStream.range(0, result.columns().size())
                .filter(c -> result.rows().stream().anyMatch(row -> Formats.number(row.get(c)) != null))
                .boxed().toList();
    }

    private static List<BigDecimal> column(QueryResult result, int c, int rows) {
        return result.rows().stream().limit(rows).map(row -> Formats.number(row.get(c))).filter(v -> v != null)
                .toList();
    }

    private static String name(QueryResult result, int column) {
        return result.columns().get(column).name();
    }
}
