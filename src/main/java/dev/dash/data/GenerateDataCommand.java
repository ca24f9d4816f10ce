package dev.dash.data;

import java.sql.SQLException;
import java.time.Duration;
import java.util.SequencedMap;
import java.util.concurrent.Callable;
import org.postgresql.util.PSQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dash generate-data}: loads the sample company into the public schema of the configured database. */
@Command(name = "generate-data", mixinStandardHelpOptions = true,
        description = "Load the sample SaaS dataset (Acme Analytics, 2024-2025) into the public schema.")
public class GenerateDataCommand implements Callable<Integer> {

    private static final String DEPENDENT_OBJECTS = "2BP01";

    @Option(names = "--seed", defaultValue = "42",
            description = "Random seed; the same seed gives the same data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--drop", description = "Drop and recreate the six tables first.")
    boolean drop;

    @Spec
    CommandSpec spec;

    private final SampleDataGenerator generator;
    private final SampleDataLoader loader;

    public GenerateDataCommand(SampleDataGenerator generator, SampleDataLoader loader) {
        this.generator = generator;
        this.loader = loader;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (!drop && loader.hasRows()) {
            out.println("Sample data already loaded: use --drop to regenerate.");
            return 0;
        }
        long started = System.nanoTime();
        SequencedMap<String, Long> counts;
        try {
            counts = loader.load(generator.generate(seed), drop);
        } catch (SQLException e) {
            spec.commandLine().getErr().println(failure(e));
            return 1;
        }
        counts.forEach((table, rows) -> out.printf("%-16s %,8d rows%n", table, rows));
        out.printf("Loaded seed %d in %.1f s.%n", seed, Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        out.flush();
        return 0;
    }

    private static String failure(SQLException e) {
        if (DEPENDENT_OBJECTS.equals(e.getSQLState()) && e instanceof PSQLException p
                && p.getServerErrorMessage() != null) {
            return "Cannot drop the sample tables: " + p.getServerErrorMessage().getDetail()
                    + ". Drop those views first: --drop never removes what the Engineer built.";
        }
        return "Could not load the sample data: " + e.getMessage();
    }
}
