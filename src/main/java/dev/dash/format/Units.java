package dev.dash.format;

import dev.dash.run.QueryResult;
import jakarta.enterprise.context.ApplicationScoped;

/** Gives every result column its unit, with the business's money words ({@link MoneyWords}). */
@ApplicationScoped
public class Units {

    private final MoneyWords moneyWords;
    private volatile UnitRules rules;

    public Units(MoneyWords moneyWords) {
        this.moneyWords = moneyWords;
    }

    /** The result with each column's unit set. */
    public QueryResult label(QueryResult result) {
        UnitRules current = rules();
        return new QueryResult(result.columns().stream()
                .map(c -> new QueryResult.Column(c.name(), c.type(), current.of(c.name(), c.type()))).toList(),
                result.rows(), result.row_count(), result.truncated());
    }

    /** Re-reads the money words (after the knowledge changed). */
    public void refresh() {
        rules = null;
    }

    private UnitRules rules() {
        UnitRules current = rules;
        if (current == null) {
            current = new UnitRules(moneyWords.read());
            rules = current;
        }
        return current;
    }
}
