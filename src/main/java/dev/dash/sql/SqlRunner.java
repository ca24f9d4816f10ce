package dev.dash.sql;

import dev.dash.db.DataConfig;
import dev.dash.db.DeadConnections;
import dev.dash.db.EngineerSchema;
import dev.dash.format.Units;
import dev.dash.run.QueryResult;
import dev.dash.run.RunMetrics;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * Runs agent SQL on the role's own datasource: the Analyst's read-only login or the Engineer's login that builds only in its schema.
 * A refused or failing statement comes back as a {@link SqlOutcome.Failure}, never as an exception. Before a statement
 * that EXPLAIN can take runs, the {@link CostGuard} reads its plan on the same connection and may refuse it.
 */
@ApplicationScoped
public class SqlRunner {

    private static final int ENGINEER_MAX_ROWS = 200;
    private static final int MAX_ROWS = 1000;
    /** SQLSTATE of a query not run because its user already holds their share of the pool. */
    public static final String SHARE_USED = "DASH2";
    /** SQLSTATE of a statement not run because the cost guard refused its plan. */
    public static final String PLAN_REFUSED = "DASH3";

    private final AgroalDataSource analyst;
    private final AgroalDataSource engineer;
    private final EngineerSchema schema;
    private final SqlConfig config;
    private final CostGuard costs;
    private final Units units;
    private final UserShares analystShares;
    private final UserShares engineerShares;
    private final Timer analystTime;
    private final Timer engineerTime;
    private final Counter analystRefusals;
    private final Counter engineerRefusals;

    public SqlRunner(@DataSource("analyst") AgroalDataSource analyst, @DataSource("engineer") AgroalDataSource engineer,
            SqlConfig config, CostGuard costs, Units units, PoolConfig pools, RunMetrics metrics, DataConfig data) {
        this.analyst = analyst;
        this.engineer = engineer;
        this.schema = data.engineer();
        this.config = config;
        this.costs = costs;
        this.units = units;
        this.analystShares = new UserShares("analyst", pools.analystPerUser()
                .orElse(UserShares.defaultShare(poolSize(analyst))));
        this.engineerShares = new UserShares("engineer", pools.engineerPerUser()
                .orElse(UserShares.defaultShare(poolSize(engineer))));
        this.analystTime = metrics.sqlTime("analyst");
        this.engineerTime = metrics.sqlTime("engineer");
        this.analystRefusals = metrics.plansRefused("analyst");
        this.engineerRefusals = metrics.plansRefused("engineer");
    }

    /** One read-only query as dash_analyst for the service itself (validation, evals, reports' checks). */
    public SqlOutcome read(String sql) {
        return read(null, Duration.ZERO, sql);
    }

    /**
     * One read-only query as dash_analyst for a user, limited to the default LIMIT when it names none. It waits at most
     * {@code wait} (the run's time left, at most the pool's acquisition timeout) while the user's share of the pool is
     * in use; a null user takes no share.
     */
    public SqlOutcome read(String user, Duration wait, String sql) {
        return analystTime.record(() -> timedRead(user, wait, sql));
    }

    private SqlOutcome timedRead(String user, Duration wait, String sql) {
        long start = System.nanoTime();
        SqlGuard.ReadQuery query;
        try {
            query = SqlGuard.requireRead(sql);
        } catch (SqlRejected e) {
            return new SqlOutcome.Failure(sql, "DASH1", e.getMessage(), elapsed(start));
        }
        String limited = query.limited(config.defaultLimit());
        int maxRows = query.hasLimit() ? MAX_ROWS : config.defaultLimit();
        try (UserShares.Share share = take(analystShares, analyst, user, wait)) {
            SqlOutcome outcome = execute(analyst, limited, maxRows, start, true, analystRefusals);
            // A read on a connection the server dropped is tried once more on a fresh one: reading twice is harmless.
            if (outcome instanceof SqlOutcome.Failure f && DeadConnections.isDead(f.sqlState())) {
                outcome = execute(analyst, limited, maxRows, start, true, analystRefusals);
            }
            return outcome;
        } catch (SqlRejected e) {
            return new SqlOutcome.Failure(sql, SHARE_USED, e.getMessage(), elapsed(start));
        }
    }

    /** One statement as dash_engineer, of the kinds {@link EngineerStatement} allows. */
    public SqlOutcome engineer(String user, Duration wait, String sql) {
        return engineerTime.record(() -> timedEngineer(user, wait, sql));
    }

    private SqlOutcome timedEngineer(String user, Duration wait, String sql) {
        long start = System.nanoTime();
        EngineerStatement statement;
        try {
            statement = EngineerStatement.of(sql, schema);
            SqlGuard.requireOneForDriver(sql);
        } catch (SqlRejected e) {
            return new SqlOutcome.Failure(sql, "DASH1", e.getMessage(), elapsed(start));
        }
        try (UserShares.Share share = take(engineerShares, engineer, user, wait)) {
            return execute(engineer, SqlGuard.strip(sql), ENGINEER_MAX_ROWS, start, false,
                    statement.kind().planned() ? engineerRefusals : null);
        } catch (SqlRejected e) {
            return new SqlOutcome.Failure(sql, SHARE_USED, e.getMessage(), elapsed(start));
        }
    }

    private static UserShares.Share take(UserShares shares, AgroalDataSource pool, String user, Duration wait) {
        if (user == null) {
            return () -> { };
        }
        Duration acquisition = pool.getConfiguration().connectionPoolConfiguration().acquisitionTimeout();
        return shares.take(user, acquisition.isZero() || wait.compareTo(acquisition) < 0 ? wait : acquisition);
    }

    private static int poolSize(AgroalDataSource pool) {
        return pool.getConfiguration().connectionPoolConfiguration().maxSize();
    }

    /**
     * Runs one statement. Analyst statements run in a transaction that is always rolled back, so a query that
     * changes a setting (set_config('statement_timeout', '0', false)) leaves nothing behind on the pooled connection.
     * With {@code refusals} (null for a statement EXPLAIN cannot take), the cost guard first plans it on the same
     * connection (an Analyst query in its same transaction), and a refusal is counted there.
     */
    private SqlOutcome execute(AgroalDataSource dataSource, String sql, int maxRows, long start,
            boolean rollBack, Counter refusals) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(!rollBack);
            try (Statement s = c.createStatement()) {
                Optional<String> refusal = refusals == null ? Optional.empty() : costs.refusal(s, sql);
                if (refusal.isPresent()) {
                    refusals.increment();
                    return new SqlOutcome.Failure(sql, PLAN_REFUSED, refusal.get(), elapsed(start));
                }
                QueryResult result = QueryResult.empty();
                if (s.execute(sql)) {
                    try (var rs = s.getResultSet()) {
                        result = units.label(ResultReader.read(rs, maxRows));
                    }
                }
                return new SqlOutcome.Success(sql, result, elapsed(start));
            } catch (SQLException e) {
                return new SqlOutcome.Failure(sql, e.getSQLState(), message(e), elapsed(start));
            } finally {
                if (rollBack) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            return new SqlOutcome.Failure(sql, e.getSQLState(), message(e), elapsed(start));
        }
    }

    private static String message(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            var server = p.getServerErrorMessage();
            return server.getMessage() + (server.getHint() == null ? "" : " (hint: " + server.getHint() + ")");
        }
        String text = String.valueOf(e.getMessage());
        return text.lines().findFirst().orElse(text).strip();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
