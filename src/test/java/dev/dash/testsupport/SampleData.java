package dev.dash.testsupport;

import dev.dash.data.SampleDataGenerator;
import dev.dash.data.SampleDataLoader;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sample company (seed 42) in the test database, loaded once: call {@link #ensureLoaded()} before a test that
 * reads the public tables. Tables that already hold rows are left as they are.
 */
@ApplicationScoped
public class SampleData {

    public static final long SEED = 42;

    private final SampleDataGenerator generator;
    private final SampleDataLoader loader;

    public SampleData(SampleDataGenerator generator, SampleDataLoader loader) {
        this.generator = generator;
        this.loader = loader;
    }

    public synchronized void ensureLoaded() {
        try {
            if (!loader.hasRows()) {
                loader.load(generator.generate(SEED), false);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not load the sample data", e);
        }
    }
}
