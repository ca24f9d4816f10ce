package dev.dash.onboard;

import java.util.List;
import java.util.Map;

/** A table with what its data says: rows (null when not counted), each column's facts, what could not be measured. */
public record TableProfile(TableShape table, Long rows, Map<String, ColumnFacts> columns, List<String> unmeasured) {

    public ColumnFacts facts(String column) {
        return columns.getOrDefault(column, ColumnFacts.NONE);
    }
}
