package dev.dash.sql;

import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a JDBC result set into a {@link QueryResult} with JSON-friendly values; units are set by the caller. */
final class ResultReader {

    private ResultReader() {
    }

    /** Reads at most maxRows rows; a result that reaches the cap is marked truncated. */
    static QueryResult read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<QueryResult.Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new QueryResult.Column(meta.getColumnLabel(i), meta.getColumnTypeName(i), Unit.TEXT));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next() && rows.size() < maxRows) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(value(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, rows.size(), rows.size() >= maxRows);
    }

    private static Object value(Object raw) throws SQLException {
        return switch (raw) {
            case null -> null;
            case Number n -> n;
            case Boolean b -> b;
            case Date d -> d.toLocalDate().toString();
            case Timestamp t -> t.toLocalDateTime().toString();
            case Time t -> t.toLocalTime().toString();
            case OffsetDateTime t -> t.toString();
            case Array a -> Arrays.asList((Object[]) a.getArray());
            default -> raw.toString();
        };
    }
}
