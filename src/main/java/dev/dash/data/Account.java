package dev.dash.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** A paying customer during the simulation: its current subscription and how it uses the product. */
final class Account {

    final int customerId;
    Plan plan;
    int seats;
    BigDecimal mrr;
    String billingCycle;
    int subscriptionId;
    LocalDateTime startedAt;
    /** Share of seats in use on a typical day; drifts month to month and drives churn. */
    double engagement;
    BigDecimal storageMb = BigDecimal.ZERO.setScale(2);
    int integrations;

    Account(int customerId) {
        this.customerId = customerId;
    }

    boolean startedIn(YearMonth month) {
        return YearMonth.from(startedAt).equals(month);
    }
}
