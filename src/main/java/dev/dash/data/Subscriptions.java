package dev.dash.data;

import dev.dash.data.SampleDataset.PlanChange;
import dev.dash.data.SampleDataset.Subscription;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Starts, changes and cancels subscriptions, keeping subscriptions, plan_changes and customers in step. */
final class Subscriptions {

    private static final double ANNUAL_SHARE = 0.35;
    private static final double UPGRADE_SHARE = 0.70;

    private final Dice dice;
    private final Ledger ledger;
    private final Billing billing;

    Subscriptions(Dice dice, Ledger ledger, Billing billing) {
        this.dice = dice;
        this.ledger = ledger;
        this.billing = billing;
    }

    Account start(int customerId, CompanySize size, LocalDateTime at) {
        Account account = new Account(customerId);
        account.plan = dice.pick(size.plans);
        account.seats = dice.between(account.plan.minSeats, account.plan.maxSeats);
        account.mrr = account.plan.mrr(account.seats, priceFactor());
        account.billingCycle = dice.chance(ANNUAL_SHARE) ? Billing.ANNUAL : "monthly";
        account.engagement = initialEngagement();
        account.integrations = dice.between(account.plan.minIntegrations, account.plan.maxIntegrations);
        open(account, at);
        return account;
    }

    void changePlan(Account account, LocalDateTime at) {
        Plan previous = account.plan;
        BigDecimal previousMrr = account.mrr;
        boolean upgrade = !previous.isTop() && (previous.isBottom() || dice.chance(UPGRADE_SHARE));
        account.plan = upgrade ? previous.up() : previous.down();
        account.seats = upgrade
                ? dice.between(Math.max(account.plan.minSeats, account.seats), account.plan.maxSeats)
                : dice.between(account.plan.minSeats, Math.min(account.seats, account.plan.maxSeats));
        account.mrr = account.plan.mrr(account.seats, priceFactor());
        String type = upgrade ? "upgrade" : "downgrade";
        String closedStatus = upgrade ? "upgraded" : "downgraded";
        ledger.updateSubscription(account.subscriptionId, s -> s.closed(closedStatus, at, null));
        ledger.planChange(id -> new PlanChange(id, account.customerId, previous.label(), account.plan.label(),
                previousMrr, account.mrr, type, at));
        open(account, at);
    }

    void cancel(Account account, LocalDateTime at) {
        String reason = dice.pick(Vocabulary.CANCELLATION_REASONS);
        ledger.updateSubscription(account.subscriptionId, s -> s.closed("cancelled", at, reason));
        ledger.updateCustomer(account.customerId, c -> c.withStatus("churned"));
        ledger.planChange(id -> new PlanChange(id, account.customerId, account.plan.label(), null, account.mrr,
                BigDecimal.ZERO.setScale(2), "cancellation", at));
    }

    private void open(Account account, LocalDateTime at) {
        account.startedAt = at;
        account.subscriptionId = ledger.subscription(id -> new Subscription(id, account.customerId,
                account.plan.label(), account.mrr, account.seats, account.billingCycle, at, null, "active", null)).id();
        billing.firstInvoice(account);
    }

    private double priceFactor() {
        return dice.uniform(0.9, 1.1);
    }

    /** Most customers use most of their seats; some barely log in, and those are the ones who leave. */
    private double initialEngagement() {
        double band = dice.uniform(0, 1);
        if (band < 0.15) {
            return dice.uniform(0.10, 0.30);
        }
        return band < 0.40 ? dice.uniform(0.30, 0.50) : dice.uniform(0.50, 0.95);
    }
}
