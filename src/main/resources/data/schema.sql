-- The sample company's tables ("Acme Analytics", see docs/sample-data.md). Created by the service's own login, so the
-- default privileges of R__grants.sql make them readable, and only readable, by both agent roles.
CREATE TABLE IF NOT EXISTS public.customers (
    id           serial PRIMARY KEY,
    company_name text NOT NULL UNIQUE,
    industry     text NOT NULL,
    company_size text NOT NULL,
    country      text NOT NULL,
    signup_date  date NOT NULL,
    source       text NOT NULL,
    status       text NOT NULL
);

CREATE TABLE IF NOT EXISTS public.subscriptions (
    id                  serial PRIMARY KEY,
    customer_id         integer NOT NULL REFERENCES public.customers (id),
    plan                text NOT NULL,
    mrr                 numeric(10, 2) NOT NULL,
    seats               integer NOT NULL,
    billing_cycle       text NOT NULL,
    started_at          timestamp NOT NULL,
    ended_at            timestamp,
    status              text NOT NULL,
    cancellation_reason text
);
CREATE INDEX IF NOT EXISTS subscriptions_customer_idx ON public.subscriptions (customer_id);
CREATE INDEX IF NOT EXISTS subscriptions_started_idx ON public.subscriptions (started_at);

CREATE TABLE IF NOT EXISTS public.plan_changes (
    id            serial PRIMARY KEY,
    customer_id   integer NOT NULL REFERENCES public.customers (id),
    previous_plan text NOT NULL,
    new_plan      text,
    previous_mrr  numeric(10, 2) NOT NULL,
    new_mrr       numeric(10, 2) NOT NULL,
    change_type   text NOT NULL,
    changed_at    timestamp NOT NULL
);
CREATE INDEX IF NOT EXISTS plan_changes_customer_idx ON public.plan_changes (customer_id);
CREATE INDEX IF NOT EXISTS plan_changes_changed_idx ON public.plan_changes (changed_at);

CREATE TABLE IF NOT EXISTS public.invoices (
    id              serial PRIMARY KEY,
    customer_id     integer NOT NULL REFERENCES public.customers (id),
    subscription_id integer NOT NULL REFERENCES public.subscriptions (id),
    amount          numeric(10, 2) NOT NULL,
    currency        text NOT NULL,
    status          text NOT NULL,
    issued_at       timestamp NOT NULL,
    paid_at         timestamp,
    period_start    date NOT NULL,
    period_end      date NOT NULL
);
CREATE INDEX IF NOT EXISTS invoices_customer_idx ON public.invoices (customer_id);
CREATE INDEX IF NOT EXISTS invoices_subscription_idx ON public.invoices (subscription_id);
CREATE INDEX IF NOT EXISTS invoices_issued_idx ON public.invoices (issued_at);

CREATE TABLE IF NOT EXISTS public.usage_metrics (
    id                  serial PRIMARY KEY,
    customer_id         integer NOT NULL REFERENCES public.customers (id),
    metric_date         date NOT NULL,
    api_calls           integer NOT NULL,
    active_users        integer NOT NULL CHECK (active_users >= 1),
    storage_mb          numeric(12, 2) NOT NULL,
    reports_generated   integer NOT NULL,
    integrations_active integer NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_metrics_customer_date_idx ON public.usage_metrics (customer_id, metric_date);
CREATE INDEX IF NOT EXISTS usage_metrics_date_idx ON public.usage_metrics (metric_date);

CREATE TABLE IF NOT EXISTS public.support_tickets (
    id                 serial PRIMARY KEY,
    customer_id        integer NOT NULL REFERENCES public.customers (id),
    priority           text NOT NULL,
    category           text NOT NULL,
    status             text NOT NULL,
    created_at         timestamp NOT NULL,
    resolved_at        timestamp,
    satisfaction_score integer CHECK (satisfaction_score BETWEEN 1 AND 5)
);
CREATE INDEX IF NOT EXISTS support_tickets_customer_idx ON public.support_tickets (customer_id);
CREATE INDEX IF NOT EXISTS support_tickets_created_idx ON public.support_tickets (created_at);
