package dev.dash.onboard;

import dev.dash.run.Unit;

/** What a column is for, as connect drafts it: the words of its description and its place in the vocabulary. */
public enum ColumnRole {
    /** A primary or foreign key, or named as an id. */
    KEY(null),
    DATE(Unit.DATE),
    MONEY(Unit.CURRENCY),
    COUNT(Unit.COUNT),
    PERCENT(Unit.PERCENT),
    /** A quantity that is neither money nor a count (a duration, a size, a score). */
    NUMBER(Unit.NUMBER),
    /** Text with few distinct values: a way to break figures down, whose values a question may name. */
    DIMENSION(Unit.TEXT),
    /** Text with one value in every non-empty row. */
    CONSTANT(Unit.TEXT),
    TEXT(Unit.TEXT);

    private final Unit unit;

    ColumnRole(Unit unit) {
        this.unit = unit;
    }

    /** The unit an answer shows the column's values in; null for keys. */
    public Unit unit() {
        return unit;
    }

    public boolean measure() {
        return this == MONEY || this == COUNT || this == PERCENT || this == NUMBER;
    }
}
