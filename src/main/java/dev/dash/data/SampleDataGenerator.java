package dev.dash.data;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** The sample company "Acme Analytics", January 2024 to December 2025, the same for the same seed. */
@ApplicationScoped
public class SampleDataGenerator {

    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 1);
    static final int MONTHS = 24;
    static final LocalDateTime END = FIRST_MONTH.plusMonths(MONTHS - 1).atEndOfMonth().atTime(23, 59, 59);

    public SampleDataset generate(long seed) {
        return new SaasSimulation(new Dice(seed)).run(FIRST_MONTH, MONTHS);
    }
}
