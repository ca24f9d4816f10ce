package dev.dash.data;

import dev.dash.data.SampleDataset.Invoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Invoices: one when a subscription starts, then one per month (monthly) or per anniversary month (annual). */
final class Billing {

    static final String ANNUAL = "annual";
    /** Twelve months at a 10% discount. */
    private static final BigDecimal ANNUAL_MULTIPLIER = new BigDecimal("10.8");

    private final Dice dice;
    private final Ledger ledger;

    Billing(Dice dice, Ledger ledger) {
        this.dice = dice;
        this.ledger = ledger;
    }

    void firstInvoice(Account account) {
        issue(account, account.startedAt);
    }

    /** The renewal invoice due in this month, if any, and when it was issued. */
    Optional<LocalDateTime> renewal(Account account, YearMonth month) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(account.startedAt), month);
        boolean annual = ANNUAL.equals(account.billingCycle);
        if (months <= 0 || (annual && months % 12 != 0)) {
            return Optional.empty();
        }
        int day = Math.min(account.startedAt.getDayOfMonth(), month.lengthOfMonth());
        LocalDateTime issuedAt = dice.timeOn(month.atDay(day));
        issue(account, issuedAt);
        return Optional.of(issuedAt);
    }

    private void issue(Account account, LocalDateTime issuedAt) {
        boolean annual = ANNUAL.equals(account.billingCycle);
        BigDecimal amount = annual
                ? account.mrr.multiply(ANNUAL_MULTIPLIER).setScale(2, RoundingMode.HALF_UP)
                : account.mrr;
        var periodStart = issuedAt.toLocalDate();
        var periodEnd = periodStart.plusMonths(annual ? 12 : 1).minusDays(1);
        Payment payment = payment(issuedAt);
        ledger.invoice(id -> new Invoice(id, account.customerId, account.subscriptionId, amount, "USD",
                payment.status(), issuedAt, payment.paidAt(), periodStart, periodEnd));
    }

    private Payment payment(LocalDateTime issuedAt) {
        double roll = dice.uniform(0, 1);
        if (roll < 0.03) {
            return new Payment("failed", null);
        }
        if (roll < 0.05) {
            return new Payment("pending", null);
        }
        if (roll < 0.06) {
            return new Payment("refunded", null);
        }
        LocalDateTime paidAt = issuedAt.plusMinutes(dice.between(0, 5 * 24 * 60));
        // Money that would arrive after the data ends is still pending on its last day.
        return paidAt.isAfter(SampleDataGenerator.END) ? new Payment("pending", null) : new Payment("paid", paidAt);
    }

    private record Payment(String status, LocalDateTime paidAt) {
    }
}
