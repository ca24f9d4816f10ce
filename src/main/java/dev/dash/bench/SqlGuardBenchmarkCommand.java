package dev.dash.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeConfig;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.KnowledgeFiles;
import dev.dash.sql.CostGuard;
import dev.dash.sql.SqlConfig;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRunner;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-sql-guard}: what the cost guard adds to a query, the time of its EXPLAIN for every validated query
 * as the Analyst's runner sends it (the default LIMIT added), beside the time of the whole guarded read; and the
 * highest estimates among them, against the limits.
 */
@Command(name = "benchmark-sql-guard", mixinStandardHelpOptions = true,
        description = "Measure the cost guard's overhead: EXPLAIN time of every validated query, over several rounds.")
public class SqlGuardBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--rounds", defaultValue = "20",
            description = "Measured rounds over every query; one more warms up first.")
    int rounds;

    private final CostGuard guard;
    private final SqlRunner runner;
    private final AgroalDataSource analyst;
    private final SqlConfig sql;
    private final KnowledgeConfig knowledge;
    private final ObjectMapper json;

    public SqlGuardBenchmarkCommand(CostGuard guard, SqlRunner runner, @DataSource("analyst") AgroalDataSource analyst,
            SqlConfig sql, KnowledgeConfig knowledge, ObjectMapper json) {
        this.guard = guard;
        this.runner = runner;
        this.analyst = analyst;
        this.sql = sql;
        this.knowledge = knowledge;
        this.json = json;
    }

    @Override
    public Integer call() throws SQLException {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1; got " + rounds);
        }
        List<KnowledgeEntry> queries = new KnowledgeFiles(json).read(Path.of(knowledge.dir())).stream()
                .filter(e -> e.kind().equals("query")).toList();
        System.out.printf(Locale.ROOT, "Cost guard: %d validated queries x %d rounds (limits: cost %d, rows %d; "
                + "0 = off)%n", queries.size(), rounds, sql.maxPlanCost(), sql.maxPlanRows());
        List<String> sent = queries.stream().map(q -> SqlGuard.requireRead(q.sql()).limited(sql.defaultLimit()))
                .toList();
        long[] explain = new long[queries.size() * rounds];
        long[] read = new long[queries.size() * rounds];
        CostGuard.Estimate[] estimates = new CostGuard.Estimate[queries.size()];
        try (Connection c = analyst.getConnection(); Statement s = c.createStatement()) {
            for (int round = -1; round < rounds; round++) {
                for (int i = 0; i < sent.size(); i++) {
                    long start = System.nanoTime();
                    estimates[i] = guard.estimate(s, sent.get(i)).orElseThrow();
                    long explained = System.nanoTime() - start;
                    start = System.nanoTime();
                    if (runner.read(queries.get(i).sql()) instanceof SqlOutcome.Failure f) {
                        System.out.printf("Validated query %s failed, nothing measured: ERROR %s: %s%n",
                                queries.get(i).name(), f.sqlState(), f.message());
                        return 1;
                    }
                    if (round >= 0) {
                        explain[round * sent.size() + i] = explained;
                        read[round * sent.size() + i] = System.nanoTime() - start;
                    }
                }
            }
        }
        report(queries, estimates, explain, read);
        return 0;
    }

    private void report(List<KnowledgeEntry> queries, CostGuard.Estimate[] estimates, long[] explain, long[] read) {
        Arrays.sort(explain);
        Arrays.sort(read);
        System.out.printf(Locale.ROOT, "  EXPLAIN (FORMAT JSON): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                ms(explain, 0.5), ms(explain, 0.95), ms(explain, 1));
        System.out.printf(Locale.ROOT, "  whole guarded read:    p50 %.2f ms, p95 %.2f ms (the EXPLAIN p50 is %.0f%% "
                + "of it)%n", ms(read, 0.5), ms(read, 0.95), 100 * ms(explain, 0.5) / ms(read, 0.5));
        Integer[] order = new Integer[queries.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> estimates[i].cost()).reversed());
        System.out.println("  highest estimates:");
        for (int i = 0; i < Math.min(3, order.length); i++) {
            System.out.printf(Locale.ROOT, "    %-32s cost %10.0f  rows %8.0f%n", queries.get(order[i]).name(),
                    estimates[order[i]].cost(), estimates[order[i]].rows());
        }
    }

    /** The time at quantile q (0..1) of sorted nanoseconds, nearest rank, in milliseconds. */
    private static double ms(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
