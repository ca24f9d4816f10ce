package dev.dash.format;

import dev.dash.run.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides a column's unit from its name and SQL type, with the money words the knowledge defines (columns kept in
 * USD, revenue metrics such as MRR or ARPA). Percent wins over money: "pct_of_mrr" is a share, not dollars.
 */
public final class UnitRules {

    /** Words that mean money in any schema; the knowledge adds its own (mrr, amount, arpa...). */
    static final Set<String> MONEY = Set.of("revenue", "amount", "price", "cost", "usd", "spend", "value", "ltv");
    private static final Set<String> PERCENT = Set.of("pct", "percent", "percentage");
    private static final Set<String> DATE = Set.of("date", "day", "week", "month", "quarter", "year", "cohort", "at",
            "time", "period");
    private static final Set<String> COUNT = Set.of("count", "customers", "subscriptions", "seats", "tickets", "signups",
            "cancellations", "trials", "users", "accounts", "calls", "months", "events", "invoices", "number");
    private static final Set<String> INTEGER_TYPES = Set.of("int2", "int4", "int8", "smallint", "integer", "bigint",
            "serial", "bigserial");
    private static final Set<String> NUMERIC_TYPES = Set.of("numeric", "decimal", "float4", "float8", "real",
            "double precision", "money");
    private static final Set<String> TEMPORAL_TYPES = Set.of("date", "timestamp", "timestamptz", "time", "timetz");

    private final Set<String> money;

    public UnitRules(Set<String> moneyWords) {
        this.money = Set.copyOf(moneyWords);
    }

    public Unit of(String column, String sqlType) {
        String type = sqlType == null ? "" : sqlType.toLowerCase(Locale.ROOT);
        List<String> words = Arrays.asList(column.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        if (TEMPORAL_TYPES.contains(type)) {
            return Unit.DATE;
        }
        boolean integer = INTEGER_TYPES.contains(type);
        if (!integer && !NUMERIC_TYPES.contains(type) && !"money".equals(type)) {
            return words.stream().anyMatch(DATE::contains) && !type.equals("bool") ? Unit.DATE : Unit.TEXT;
        }
        if (words.stream().anyMatch(PERCENT::contains)) {
            return Unit.PERCENT;
        }
        if ("money".equals(type) || words.stream().anyMatch(w -> money.contains(w) || MONEY.contains(w))) {
            return Unit.CURRENCY;
        }
        if (integer && (words.getLast().equals("year") || words.getLast().equals("month") && words.size() == 1)) {
            return Unit.DATE;
        }
        return integer || words.stream().anyMatch(COUNT::contains) ? Unit.COUNT : Unit.NUMBER;
    }
}
