package dev.dash.onboard;

import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a drafted query only when it ran once as the Analyst, read-only as validation runs it, and returned rows; at
 * most {@link #MOST} of them, with names of their own (the loader refuses two queries of one name).
 */
@ApplicationScoped
public class QueryCheck {

    static final int MOST = 3;
    private static final String NAME = "[a-z][a-z0-9_]{2,63}";

    private final SqlRunner sql;

    public QueryCheck(SqlRunner sql) {
        this.sql = sql;
    }

    List<ParsedQuery> keep(List<ParsedQuery> drafted, List<ParsedQuery> written, List<String> kept,
            List<String> dropped) {
        Set<String> names = new HashSet<>();
        written.forEach(q -> names.add(q.name()));
        List<ParsedQuery> good = new ArrayList<>();
        for (ParsedQuery query : drafted) {
            String why = good.size() == MOST ? "more than " + MOST + " queries"
                    : !query.name().matches(NAME) ? "its name is not snake_case"
                    : names.contains(query.name()) ? "a query of that name exists"
                    : run(query.sql());
            if (why == null) {
                names.add(query.name());
                good.add(query);
                kept.add("query " + query.name() + " (ran as the Analyst)");
            } else {
                dropped.add("query " + query.name() + " (" + why + ")");
            }
        }
        return good;
    }

    /** Why the query is no good, or null when it ran and returned rows. */
    private String run(String query) {
        SqlOutcome outcome = sql.read(query);
        if (outcome instanceof SqlOutcome.Failure failure) {
            return "failed as the Analyst: " + failure.message().strip().replaceAll("\\s+", " ");
        }
        return ((SqlOutcome.Success) outcome).result().row_count() == 0 ? "returned no rows" : null;
    }
}
