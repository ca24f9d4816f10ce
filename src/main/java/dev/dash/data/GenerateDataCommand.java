package dev.dash.data;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dash generate-data}: loads the sample company into the public schema of the configured database. */
@Command(name = "generate-data", mixinStandardHelpOptions = true,
        description = "Load the sample SaaS dataset (Acme Analytics, 2024-2025) into the public schema.")
public class GenerateDataCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same data (default ${DEFAULT-VALUE}).")
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
        var counts = loader.load(generator.generate(seed), drop);
        counts.forEach((table, rows) -> out.printf("%-16s %,8d rows%n", table, rows));
        out.printf("Loaded seed %d in %.1f s.%n", seed, Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        out.flush();
        return 0;
    }
}
