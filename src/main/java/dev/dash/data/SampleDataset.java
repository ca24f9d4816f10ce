package dev.dash.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The six tables' rows as the simulation produced them, ids included, in id order. */
public record SampleDataset(List<Customer> customers, List<Subscription> subscriptions, List<PlanChange> planChanges,
        List<Invoice> invoices, List<Usage> usage, List<Ticket> tickets) {

    public record Customer(int id, String companyName, String industry, String companySize, String country,
            LocalDate signupDate, String source, String status) {

        Customer withStatus(String newStatus) {
            return new Customer(id, companyName, industry, companySize, country, signupDate, source, newStatus);
        }
    }

    public record Subscription(int id, int customerId, String plan, BigDecimal mrr, int seats, String billingCycle,
            LocalDateTime startedAt, LocalDateTime endedAt, String status, String cancellationReason) {

        Subscription closed(String newStatus, LocalDateTime at, String reason) {
            return new Subscription(id, customerId, plan, mrr, seats, billingCycle, startedAt, at, newStatus, reason);
        }
    }

    public record PlanChange(int id, int customerId, String previousPlan, String newPlan, BigDecimal previousMrr,
            BigDecimal newMrr, String changeType, LocalDateTime changedAt) {
    }

    public record Invoice(int id, int customerId, int subscriptionId, BigDecimal amount, String currency, String status,
            LocalDateTime issuedAt, LocalDateTime paidAt, LocalDate periodStart, LocalDate periodEnd) {
    }

    public record Usage(int id, int customerId, LocalDate metricDate, int apiCalls, int activeUsers,
            BigDecimal storageMb, int reportsGenerated, int integrationsActive) {
    }

    public record Ticket(int id, int customerId, String priority, String category, String status,
            LocalDateTime createdAt, LocalDateTime resolvedAt, Integer satisfactionScore) {
    }
}
