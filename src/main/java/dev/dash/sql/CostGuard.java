package dev.dash.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.SqlResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a statement whose plan PostgreSQL estimates too costly or too large, before it runs: a cartesian join or an
 * unfiltered aggregate over a huge table comes back with a hint the agent can act on instead of running into the
 * statement timeout. It reads the top node's Total Cost and Plan Rows of {@code EXPLAIN (FORMAT JSON)}, never ANALYZE,
 * so nothing is executed. These are estimates: the statement timeout stays the last line of defence.
 */
@ApplicationScoped
public class CostGuard {

    private static final String HINT = SqlResource.read("sql/plan-refused.txt").strip();

    /** What the planner expects of a plan's top node. */
    public record Estimate(double cost, double rows) {
    }

    private final long maxCost;
    private final long maxRows;
    private final ObjectMapper json;

    @Inject
    public CostGuard(SqlConfig config, ObjectMapper json) {
        this(config.maxPlanCost(), config.maxPlanRows(), json);
    }

    CostGuard(long maxCost, long maxRows, ObjectMapper json) {
        if (maxCost < 0 || maxRows < 0) {
            throw new IllegalArgumentException("dash.sql.max-plan-cost and dash.sql.max-plan-rows must be 0 (off) or "
                    + "positive; got " + maxCost + " and " + maxRows);
        }
        this.maxCost = maxCost;
        this.maxRows = maxRows;
        this.json = json;
    }

    /** Why the statement may not run, or empty when it may; with both limits at 0 no plan is asked for. */
    public Optional<String> refusal(Statement on, String sql) throws SQLException {
        if (maxCost == 0 && maxRows == 0) {
            return Optional.empty();
        }
        return estimate(on, sql).filter(this::exceeds).map(this::message);
    }

    /**
     * The planner's estimate, asked on the caller's statement: its connection, transaction, role and timeout. Empty
     * when EXPLAIN plans nothing (CREATE TABLE IF NOT EXISTS … AS of a table that exists).
     */
    public Optional<Estimate> estimate(Statement on, String sql) throws SQLException {
        try (ResultSet rs = on.executeQuery("EXPLAIN (FORMAT JSON) " + sql)) {
            JsonNode plan = rs.next() ? json.readTree(rs.getString(1)).path(0).path("Plan") : json.missingNode();
            return plan.has("Total Cost") ? Optional.of(new Estimate(plan.path("Total Cost").asDouble(),
                    plan.path("Plan Rows").asDouble())) : Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EXPLAIN (FORMAT JSON) did not return JSON", e);
        }
    }

    private boolean exceeds(Estimate plan) {
        return maxCost > 0 && plan.cost() > maxCost || maxRows > 0 && plan.rows() > maxRows;
    }

    private String message(Estimate plan) {
        return String.format(Locale.ROOT, "Plan refused: estimated cost %.0f (%s), estimated rows %.0f (%s).\n%s",
                plan.cost(), limit(maxCost), plan.rows(), limit(maxRows), HINT);
    }

    private static String limit(long value) {
        return value == 0 ? "no limit" : "limit " + value;
    }
}
