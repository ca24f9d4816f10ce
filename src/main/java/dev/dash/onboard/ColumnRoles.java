package dev.dash.onboard;

import dev.dash.format.UnitRules;
import dev.dash.language.WordList;
import dev.dash.language.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides each column's role from its name, type and values. Money and percent come from the same rules that label
 * result columns ({@link UnitRules}), then from the values: an exact number kept with two decimals (numeric(10,2)),
 * or whose values carry cents, is money; whole, non-negative numbers are counts unless the name is a unit of
 * measurement (milliseconds, bytes).
 */
final class ColumnRoles {

    private static final UnitRules UNITS = new UnitRules(Set.of());
    private static final Set<String> MEASURES = WordList.load("onboard/measure-words.txt");
    private static final Set<String> INTEGERS = Set.of("int2", "int4", "int8");
    private static final Pattern CENTS = Pattern.compile("numeric\\(\\d+,2\\)");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    /** Share of a text column's values that must contain a letter for it to be a dimension (codes, not numbers). */
    private static final double WORDY = 0.8;

    private ColumnRoles() {
    }

    static ColumnRole of(TableProfile profile, TableShape.Column column) {
        String name = column.name();
        List<String> words = Words.of(name);
        if (profile.table().isKey(name) || !words.isEmpty() && words.getLast().equals("id")) {
            return ColumnRole.KEY;
        }
        ColumnFacts facts = profile.facts(name);
        return switch (TypeKind.of(column.baseType())) {
            case TEMPORAL -> ColumnRole.DATE;
            case NUMERIC -> number(column, facts);
            case TEXT -> text(profile, column, facts);
            case OTHER -> ColumnRole.TEXT;
        };
    }

    private static ColumnRole number(TableShape.Column column, ColumnFacts facts) {
        switch (UNITS.of(column.name(), column.baseType())) {
            case PERCENT -> {
                return ColumnRole.PERCENT;
            }
            case CURRENCY -> {
                return ColumnRole.MONEY;
            }
            case DATE -> {
                return ColumnRole.DATE;
            }
            default -> {
            }
        }
        if (Words.of(column.name()).stream().anyMatch(MEASURES::contains)) {
            return ColumnRole.NUMBER;
        }
        boolean mayBeNegative = facts.min() != null && !facts.nonNegative();
        boolean cents = CENTS.matcher(column.type()).matches() || "numeric".equals(column.baseType())
                && Boolean.TRUE.equals(facts.twoDecimals()) && Boolean.TRUE.equals(facts.someFraction());
        if (cents && !mayBeNegative) {
            return ColumnRole.MONEY;
        }
        boolean whole = INTEGERS.contains(column.baseType()) || Boolean.TRUE.equals(facts.whole());
        return whole && !mayBeNegative ? ColumnRole.COUNT : ColumnRole.NUMBER;
    }

    private static ColumnRole text(TableProfile profile, TableShape.Column column, ColumnFacts facts) {
        List<String> values = facts.values();
        if (values == null || values.isEmpty()) {
            return ColumnRole.TEXT;
        }
        if (values.size() == 1) {
            return ColumnRole.CONSTANT;
        }
        long wordy = values.stream().filter(v -> HAS_LETTER.matcher(v).find()).count();
        if (wordy < WORDY * values.size()) {
            return ColumnRole.TEXT;
        }
        // Every row its own value (names in a small table) is no breakdown, unless the table only names things.
        boolean lookup = profile.table().onlyNames(column.name());
        Long filled = facts.nonEmpty();
        return lookup || filled == null || values.size() < filled ? ColumnRole.DIMENSION : ColumnRole.TEXT;
    }
}
