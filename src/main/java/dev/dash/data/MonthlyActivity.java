package dev.dash.data;

import dev.dash.data.SampleDataset.Ticket;
import dev.dash.data.SampleDataset.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** One active customer's month: 3 to 5 sampled usage days, its renewal invoice if due, maybe a support ticket. */
final class MonthlyActivity {

    private static final double RESOLVED = 0.85;
    private static final double RATED = 0.70;

    private final Dice dice;
    private final Ledger ledger;
    private final Billing billing;

    MonthlyActivity(Dice dice, Ledger ledger, Billing billing) {
        this.dice = dice;
        this.ledger = ledger;
        this.billing = billing;
    }

    /** What the month's end decisions need: seat utilisation and the time of the month's last event. */
    record Summary(double utilisation, LocalDateTime lastEvent) {
    }

    Summary record(Account account, YearMonth month) {
        LocalDate from = account.startedIn(month) ? account.startedAt.toLocalDate() : month.atDay(1);
        if (!account.startedIn(month)) {
            drift(account);
        }
        List<LocalDate> days = dice.distinctDays(from, dice.between(3, 5));
        int users = 0;
        for (LocalDate day : days) {
            users += usage(account, day);
        }
        LocalDateTime lastEvent = latest(account.startedAt, days.getLast().atStartOfDay());
        var invoiced = billing.renewal(account, month);
        if (invoiced.isPresent()) {
            lastEvent = latest(lastEvent, invoiced.get());
        }
        if (dice.chance(account.plan.ticketChance)) {
            lastEvent = latest(lastEvent, ticket(account, from));
        }
        return new Summary((double) users / days.size() / account.seats, lastEvent);
    }

    private void drift(Account account) {
        account.engagement = Math.clamp(account.engagement + dice.uniform(-0.08, 0.08), 0.05, 1.0);
        if (dice.chance(0.10)) {
            account.integrations = Math.clamp(account.integrations + (dice.chance(0.6) ? 1 : -1),
                    account.plan.minIntegrations, account.plan.maxIntegrations);
        }
    }

    private int usage(Account account, LocalDate day) {
        int users = (int) Math.clamp(Math.round(account.seats * account.engagement * dice.uniform(0.75, 1.25)),
                1, account.seats);
        int apiCalls = users * dice.between(40, 400);
        int reports = (int) Math.round(users * dice.uniform(0, 1.5));
        account.storageMb = account.storageMb.add(
                BigDecimal.valueOf(users * dice.uniform(2, 20)).setScale(2, RoundingMode.HALF_UP));
        BigDecimal storage = account.storageMb;
        ledger.usage(id -> new Usage(id, account.customerId, day, apiCalls, users, storage, reports,
                account.integrations));
        return users;
    }

    private LocalDateTime ticket(Account account, LocalDate from) {
        LocalDateTime created = dice.timeOn(from.withDayOfMonth(dice.between(from.getDayOfMonth(), from.lengthOfMonth())));
        String priority = dice.pick(Vocabulary.TICKET_PRIORITIES);
        String category = dice.pick(Vocabulary.TICKET_CATEGORIES);
        LocalDateTime resolved = dice.chance(RESOLVED) ? created.plusMinutes(dice.between(10, 7 * 24 * 60)) : null;
        if (resolved == null || resolved.isAfter(SampleDataGenerator.END)) {
            String status = dice.chance(0.5) ? "open" : "in_progress";
            ledger.ticket(id -> new Ticket(id, account.customerId, priority, category, status, created, null, null));
            return created;
        }
        String status = dice.chance(0.6) ? "closed" : "resolved";
        Integer score = dice.chance(RATED) ? satisfaction(created, resolved) : null;
        ledger.ticket(id -> new Ticket(id, account.customerId, priority, category, status, created, resolved, score));
        return created;
    }

    /** Slow answers (over three days) cost a point. */
    private int satisfaction(LocalDateTime created, LocalDateTime resolved) {
        int score = dice.pick(Vocabulary.SATISFACTION);
        return resolved.isAfter(created.plusDays(3)) ? Math.max(1, score - 1) : score;
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
