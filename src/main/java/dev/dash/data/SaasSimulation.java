package dev.dash.data;

import dev.dash.data.SampleDataset.Customer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The company month by month: trials settle, new customers sign up, active customers use, pay, leave or change plan. */
final class SaasSimulation {

    private static final double FIRST_MONTH_SIGNUPS = 15;
    private static final double LAST_MONTH_SIGNUPS = 60;
    private static final double TRIAL_SHARE = 0.10;
    private static final double TRIAL_CONVERSION = 0.60;
    private static final double PLAN_CHANGE = 0.02;
    private static final double CHURN_CAP = 0.25;

    private final Dice dice;
    private final Ledger ledger = new Ledger();
    private final CompanyNames names = new CompanyNames();
    private final Subscriptions subscriptions;
    private final MonthlyActivity activity;
    private final List<Account> active = new ArrayList<>();
    private List<Trial> trials = List.of();

    SaasSimulation(Dice dice) {
        this.dice = dice;
        Billing billing = new Billing(dice, ledger);
        this.subscriptions = new Subscriptions(dice, ledger, billing);
        this.activity = new MonthlyActivity(dice, ledger, billing);
    }

    SampleDataset run(YearMonth first, int months) {
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            settleTrials(month);
            signUp(month, FIRST_MONTH_SIGNUPS + (LAST_MONTH_SIGNUPS - FIRST_MONTH_SIGNUPS) * i / (months - 1));
            for (Account account : List.copyOf(active)) {
                endOfMonth(account, month, activity.record(account, month));
            }
        }
        return ledger.dataset();
    }

    private void settleTrials(YearMonth month) {
        for (Trial trial : trials) {
            if (dice.chance(TRIAL_CONVERSION)) {
                ledger.updateCustomer(trial.customerId(), c -> c.withStatus("active"));
                active.add(subscriptions.start(trial.customerId(), trial.size(), dice.timeOn(startDay(month))));
            } else {
                ledger.updateCustomer(trial.customerId(), c -> c.withStatus("churned"));
            }
        }
        trials = List.of();
    }

    private void signUp(YearMonth month, double expected) {
        int count = (int) Math.round(expected * dice.uniform(0.88, 1.12));
        List<Signup> signups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signups.add(new Signup(names.next(dice), dice.pick(Vocabulary.INDUSTRIES), dice.pick(CompanySize.MIX),
                    dice.pick(Vocabulary.COUNTRIES), startDay(month), dice.pick(Vocabulary.SOURCES),
                    dice.chance(TRIAL_SHARE)));
        }
        signups.sort(Comparator.comparing(Signup::date));
        List<Trial> newTrials = new ArrayList<>();
        for (Signup s : signups) {
            Customer customer = ledger.customer(id -> new Customer(id, s.name(), s.industry(), s.size().label(),
                    s.country(), s.date(), s.source(), s.trial() ? "trial" : "active"));
            if (s.trial()) {
                newTrials.add(new Trial(customer.id(), s.size()));
            } else {
                active.add(subscriptions.start(customer.id(), s.size(), dice.timeOn(s.date())));
            }
        }
        trials = newTrials;
    }

    /** Churn or a plan change, after the month's activity; never in a subscription's first month. */
    private void endOfMonth(Account account, YearMonth month, MonthlyActivity.Summary summary) {
        if (account.startedIn(month)) {
            return;
        }
        if (dice.chance(churnProbability(account, month, summary.utilisation()))) {
            subscriptions.cancel(account, after(summary.lastEvent()));
            active.remove(account);
        } else if (dice.chance(PLAN_CHANGE)) {
            subscriptions.changePlan(account, after(summary.lastEvent()));
        }
    }

    private static double churnProbability(Account account, YearMonth month, double utilisation) {
        double p = account.plan.churnRate;
        if (utilisation < 0.3) {
            p *= 2;
        } else if (utilisation < 0.5) {
            p *= 1.3;
        }
        if (month.getMonth() == Month.JANUARY) {
            p *= 1.5;
        }
        return Math.min(p, CHURN_CAP);
    }

    /** A time later in the same month than the given event. */
    private LocalDateTime after(LocalDateTime event) {
        LocalDate day = event.toLocalDate();
        LocalDateTime at = dice.timeOn(day.withDayOfMonth(dice.between(day.getDayOfMonth(), day.lengthOfMonth())));
        return at.isAfter(event) ? at : event.plusHours(1);
    }

    /** Leaves at least five days in the month, room for a new customer's 3 to 5 usage days. */
    private LocalDate startDay(YearMonth month) {
        return month.atDay(dice.between(1, month.lengthOfMonth() - 4));
    }

    private record Signup(String name, String industry, CompanySize size, String country, LocalDate date,
            String source, boolean trial) {
    }

    private record Trial(int customerId, CompanySize size) {
    }
}
