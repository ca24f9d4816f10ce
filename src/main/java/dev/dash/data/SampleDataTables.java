package dev.dash.data;

import java.util.Arrays;
import java.util.List;

/** How each of the six tables' rows map to columns, in load order (parents before children). */
final class SampleDataTables {

    private SampleDataTables() {
    }

    static List<CopyTable<?>> of(SampleDataset data) {
        return List.of(
                new CopyTable<>("customers",
                        "id, company_name, industry, company_size, country, signup_date, source, status",
                        data.customers(), c -> values(c.id(), c.companyName(), c.industry(), c.companySize(),
                                c.country(), c.signupDate(), c.source(), c.status())),
                new CopyTable<>("subscriptions",
                        "id, customer_id, plan, mrr, seats, billing_cycle, started_at, ended_at, status, cancellation_reason",
                        data.subscriptions(), s -> values(s.id(), s.customerId(), s.plan(), s.mrr(), s.seats(),
                                s.billingCycle(), s.startedAt(), s.endedAt(), s.status(), s.cancellationReason())),
                new CopyTable<>("plan_changes",
                        "id, customer_id, previous_plan, new_plan, previous_mrr, new_mrr, change_type, changed_at",
                        data.planChanges(), p -> values(p.id(), p.customerId(), p.previousPlan(), p.newPlan(),
                                p.previousMrr(), p.newMrr(), p.changeType(), p.changedAt())),
                new CopyTable<>("invoices",
                        "id, customer_id, subscription_id, amount, currency, status, issued_at, paid_at, period_start, period_end",
                        data.invoices(), i -> values(i.id(), i.customerId(), i.subscriptionId(), i.amount(),
                                i.currency(), i.status(), i.issuedAt(), i.paidAt(), i.periodStart(), i.periodEnd())),
                new CopyTable<>("usage_metrics",
                        "id, customer_id, metric_date, api_calls, active_users, storage_mb, reports_generated, integrations_active",
                        data.usage(), u -> values(u.id(), u.customerId(), u.metricDate(), u.apiCalls(),
                                u.activeUsers(), u.storageMb(), u.reportsGenerated(), u.integrationsActive())),
                new CopyTable<>("support_tickets",
                        "id, customer_id, priority, category, status, created_at, resolved_at, satisfaction_score",
                        data.tickets(), t -> values(t.id(), t.customerId(), t.priority(), t.category(), t.status(),
                                t.createdAt(), t.resolvedAt(), t.satisfactionScore())));
    }

    /** Unlike List.of, keeps nulls (NULL columns). */
    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }
}
