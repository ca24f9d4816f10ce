package dev.dash.data;

import dev.dash.data.SampleDataset.Customer;
import dev.dash.data.SampleDataset.Invoice;
import dev.dash.data.SampleDataset.PlanChange;
import dev.dash.data.SampleDataset.Subscription;
import dev.dash.data.SampleDataset.Ticket;
import dev.dash.data.SampleDataset.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/** Rows written so far. Ids are positions (1-based), given out in the order rows are recorded. */
final class Ledger {

    private final List<Customer> customers = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<PlanChange> planChanges = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Usage> usage = new ArrayList<>();
    private final List<Ticket> tickets = new ArrayList<>();

    Customer customer(IntFunction<Customer> row) {
        return add(customers, row);
    }

    void updateCustomer(int id, UnaryOperator<Customer> change) {
        customers.set(id - 1, change.apply(customers.get(id - 1)));
    }

    Subscription subscription(IntFunction<Subscription> row) {
        return add(subscriptions, row);
    }

    void updateSubscription(int id, UnaryOperator<Subscription> change) {
        subscriptions.set(id - 1, change.apply(subscriptions.get(id - 1)));
    }

    void planChange(IntFunction<PlanChange> row) {
        add(planChanges, row);
    }

    void invoice(IntFunction<Invoice> row) {
        add(invoices, row);
    }

    void usage(IntFunction<Usage> row) {
        add(usage, row);
    }

    void ticket(IntFunction<Ticket> row) {
        add(tickets, row);
    }

    SampleDataset dataset() {
        return new SampleDataset(List.copyOf(customers), List.copyOf(subscriptions), List.copyOf(planChanges),
                List.copyOf(invoices), List.copyOf(usage), List.copyOf(tickets));
    }

    private static <T> T add(List<T> rows, IntFunction<T> row) {
        T added = row.apply(rows.size() + 1);
        rows.add(added);
        return added;
    }
}
