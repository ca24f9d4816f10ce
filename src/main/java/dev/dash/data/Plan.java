package dev.dash.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The price list and what each plan's customers tend to do, as dataset.md sets them. */
enum Plan {
    STARTER(29, 1, 3, 0.15, 0.08, 0, 2),
    PROFESSIONAL(79, 3, 10, 0.10, 0.05, 1, 4),
    BUSINESS(199, 10, 50, 0.08, 0.03, 2, 8),
    ENTERPRISE(499, 50, 200, 0.12, 0.015, 5, 15);

    final int basePrice;
    final int minSeats;
    final int maxSeats;
    final double ticketChance;
    final double churnRate;
    final int minIntegrations;
    final int maxIntegrations;

    Plan(int basePrice, int minSeats, int maxSeats, double ticketChance, double churnRate, int minIntegrations,
            int maxIntegrations) {
        this.basePrice = basePrice;
        this.minSeats = minSeats;
        this.maxSeats = maxSeats;
        this.ticketChance = ticketChance;
        this.churnRate = churnRate;
        this.minIntegrations = minIntegrations;
        this.maxIntegrations = maxIntegrations;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** base × max(1, seats ÷ minimum seats) × factor, in cents. */
    BigDecimal mrr(int seats, double factor) {
        double blocks = Math.max(1.0, (double) seats / minSeats);
        return BigDecimal.valueOf(basePrice * blocks * factor).setScale(2, RoundingMode.HALF_UP);
    }

    boolean isTop() {
        return this == ENTERPRISE;
    }

    boolean isBottom() {
        return this == STARTER;
    }

    Plan up() {
        return values()[ordinal() + 1];
    }

    Plan down() {
        return values()[ordinal() - 1];
    }
}
