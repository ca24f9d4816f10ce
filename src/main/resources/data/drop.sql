-- No CASCADE: views the Engineer built on these tables are the user's work and must not vanish silently.
DROP TABLE IF EXISTS public.support_tickets, public.usage_metrics, public.invoices, public.plan_changes,
    public.subscriptions, public.customers;
