-- <query current_mrr>
-- <description>Current MRR and ARR (MRR x 12) from subscriptions that are active now, with active customer count. Annual plans count at their monthly mrr.</description>
-- <question>What's our current MRR?</question>
-- <question>How much monthly recurring revenue do we have right now?</question>
-- <question>What is our ARR today?</question>
-- <query>
SELECT
    ROUND(SUM(mrr), 2)              AS current_mrr,
    ROUND(SUM(mrr) * 12, 2)         AS current_arr,
    COUNT(DISTINCT customer_id)     AS active_customers,
    COUNT(*)                        AS active_subscriptions
FROM subscriptions
WHERE status = 'active'
-- </query>

-- <query mrr_by_plan>
-- <description>Current MRR per plan (starter, professional, business, enterprise) with active customers, seats, share of MRR and average MRR per customer, from active subscriptions</description>
-- <question>What is MRR by plan?</question>
-- <question>How is our recurring revenue split across plans?</question>
-- <question>Which plan brings in the most MRR?</question>
-- <query>
SELECT
    plan,
    COUNT(DISTINCT customer_id)                              AS active_customers,
    SUM(seats)                                               AS seats,
    ROUND(SUM(mrr), 2)                                       AS mrr,
    ROUND(100 * SUM(mrr) / SUM(SUM(mrr)) OVER (), 2)         AS pct_of_mrr,
    ROUND(SUM(mrr) / COUNT(DISTINCT customer_id), 2)         AS avg_mrr_per_customer
FROM subscriptions
WHERE status = 'active'
GROUP BY plan
ORDER BY mrr DESC
-- </query>

-- <query monthly_mrr_trend>
-- <description>MRR at each month end over the whole data range (subscriptions with started_at before and ended_at after the month end), with month-over-month change and active customers</description>
-- <question>How has MRR changed month by month?</question>
-- <question>Show the monthly MRR trend</question>
-- <question>What was our MRR at the end of each month?</question>
-- <query>
WITH months AS (
    SELECT month_start, month_start + INTERVAL '1 month' AS month_end
    FROM generate_series(
        (SELECT date_trunc('month', MIN(started_at)) FROM subscriptions),
        (SELECT date_trunc('month', MAX(started_at)) FROM subscriptions),
        INTERVAL '1 month') AS g(month_start)
),
mrr AS (
    SELECT m.month_start,
           COALESCE(SUM(s.mrr), 0)        AS mrr,
           COUNT(DISTINCT s.customer_id)  AS active_customers
    FROM months m
    LEFT JOIN subscriptions s
           ON s.started_at < m.month_end
          AND (s.ended_at IS NULL OR s.ended_at >= m.month_end)
    GROUP BY m.month_start
)
SELECT
    to_char(month_start, 'YYYY-MM')                          AS month,
    ROUND(mrr, 2)                                            AS mrr_at_month_end,
    ROUND(mrr - LAG(mrr) OVER (ORDER BY month_start), 2)     AS mrr_change,
    active_customers
FROM mrr
ORDER BY month_start
-- </query>

-- <query mrr_trend_by_plan>
-- <description>MRR at each month end per plan for the last 6 months of data, from subscriptions active at each month end</description>
-- <question>Show me revenue trends by plan over the last 6 months</question>
-- <question>How did MRR per plan move in recent months?</question>
-- <question>Monthly MRR by plan for the last half year</question>
-- <query>
WITH months AS (
    SELECT month_start, month_start + INTERVAL '1 month' AS month_end
    FROM generate_series(
        (SELECT date_trunc('month', MAX(started_at)) - INTERVAL '5 months' FROM subscriptions),
        (SELECT date_trunc('month', MAX(started_at)) FROM subscriptions),
        INTERVAL '1 month') AS g(month_start)
)
SELECT
    to_char(m.month_start, 'YYYY-MM')   AS month,
    s.plan,
    COUNT(DISTINCT s.customer_id)       AS active_customers,
    ROUND(SUM(s.mrr), 2)                AS mrr_at_month_end
FROM months m
JOIN subscriptions s
  ON s.started_at < m.month_end
 AND (s.ended_at IS NULL OR s.ended_at >= m.month_end)
GROUP BY m.month_start, s.plan
ORDER BY m.month_start, array_position(ARRAY['starter', 'professional', 'business', 'enterprise'], s.plan)
-- </query>

-- <query arpa>
-- <description>ARPA, average revenue (MRR) per active customer account: current MRR divided by customers with an active subscription</description>
-- <question>What is our ARPA?</question>
-- <question>What's the average revenue per customer?</question>
-- <question>How much does an average account pay us per month?</question>
-- <query>
SELECT
    COUNT(DISTINCT customer_id)                          AS active_customers,
    ROUND(SUM(mrr), 2)                                   AS current_mrr,
    ROUND(SUM(mrr) / COUNT(DISTINCT customer_id), 2)     AS arpa,
    ROUND(12 * SUM(mrr) / COUNT(DISTINCT customer_id), 2) AS annual_revenue_per_account
FROM subscriptions
WHERE status = 'active'
ORDER BY arpa DESC
-- </query>

-- <query mrr_by_company_size>
-- <description>Current MRR, active customers and ARPA per company size (startup, smb, mid_market, enterprise), from active subscriptions joined to customers</description>
-- <question>What is MRR by company size?</question>
-- <question>How much revenue comes from startups versus enterprises?</question>
-- <question>Average revenue per customer for each company size segment</question>
-- <query>
SELECT
    c.company_size,
    COUNT(DISTINCT s.customer_id)                              AS active_customers,
    ROUND(SUM(s.mrr), 2)                                       AS mrr,
    ROUND(100 * SUM(s.mrr) / SUM(SUM(s.mrr)) OVER (), 2)       AS pct_of_mrr,
    ROUND(SUM(s.mrr) / COUNT(DISTINCT s.customer_id), 2)       AS arpa
FROM subscriptions s
JOIN customers c ON c.id = s.customer_id
WHERE s.status = 'active'
GROUP BY c.company_size
ORDER BY mrr DESC
-- </query>

-- <query revenue_by_source>
-- <description>Revenue by acquisition source (organic, referral, paid, partner): signups, active customers, current MRR, share of MRR and lifetime paid invoice revenue</description>
-- <question>Which acquisition source brings in the most revenue?</question>
-- <question>Revenue by acquisition channel</question>
-- <question>How much MRR comes from referral versus paid versus organic customers?</question>
-- <query>
WITH current_mrr AS (
    SELECT customer_id, SUM(mrr) AS mrr
    FROM subscriptions
    WHERE status = 'active'
    GROUP BY customer_id
),
paid AS (
    SELECT customer_id, SUM(amount) AS paid_amount
    FROM invoices
    WHERE status = 'paid'
    GROUP BY customer_id
)
SELECT
    c.source,
    COUNT(*)                                                          AS signups,
    COUNT(m.customer_id)                                              AS active_customers,
    ROUND(COALESCE(SUM(m.mrr), 0), 2)                                 AS current_mrr,
    ROUND(100 * COALESCE(SUM(m.mrr), 0) / SUM(SUM(m.mrr)) OVER (), 2) AS pct_of_mrr,
    ROUND(COALESCE(SUM(p.paid_amount), 0), 2)                         AS lifetime_paid_revenue
FROM customers c
LEFT JOIN current_mrr m ON m.customer_id = c.id
LEFT JOIN paid p        ON p.customer_id = c.id
GROUP BY c.source
ORDER BY current_mrr DESC
-- </query>

-- <query billing_cycle_revenue>
-- <description>Annual vs monthly billing customers: active subscriptions, current MRR and share per billing_cycle, plus paid invoice count and paid invoice revenue (annual invoices are 12 x MRR x 0.9)</description>
-- <question>How much revenue comes from annual versus monthly billing?</question>
-- <question>Compare annual and monthly billing cycles</question>
-- <question>What share of MRR is billed annually?</question>
-- <query>
WITH current_mrr AS (
    SELECT billing_cycle, COUNT(*) AS active_subscriptions, SUM(mrr) AS mrr
    FROM subscriptions
    WHERE status = 'active'
    GROUP BY billing_cycle
),
paid AS (
    SELECT s.billing_cycle, COUNT(*) AS paid_invoices, SUM(i.amount) AS paid_amount
    FROM invoices i
    JOIN subscriptions s ON s.id = i.subscription_id
    WHERE i.status = 'paid'
    GROUP BY s.billing_cycle
)
SELECT
    m.billing_cycle,
    m.active_subscriptions,
    ROUND(m.mrr, 2)                                   AS current_mrr,
    ROUND(100 * m.mrr / SUM(m.mrr) OVER (), 2)        AS pct_of_mrr,
    COALESCE(p.paid_invoices, 0)                      AS paid_invoices,
    ROUND(COALESCE(p.paid_amount, 0), 2)              AS paid_invoice_revenue,
    ROUND(p.paid_amount / NULLIF(p.paid_invoices, 0), 2) AS avg_invoice_amount
FROM current_mrr m
LEFT JOIN paid p ON p.billing_cycle = m.billing_cycle
ORDER BY current_mrr DESC
-- </query>

-- <query invoiced_revenue_by_month>
-- <description>Invoiced and collected (paid) revenue per month (monthly totals) from invoices by issue month, with failed, pending and refunded amounts. Cash, not MRR: annual invoices bill 12 months at once.</description>
-- <question>How much did we invoice each month?</question>
-- <question>Show collected revenue per month from paid invoices</question>
-- <question>How much money failed to collect by month?</question>
-- <query>
SELECT
    to_char(date_trunc('month', issued_at), 'YYYY-MM')             AS month,
    COUNT(*)                                                       AS invoices,
    ROUND(SUM(amount), 2)                                          AS invoiced_amount,
    ROUND(SUM(amount) FILTER (WHERE status = 'paid'), 2)           AS paid_amount,
    ROUND(COALESCE(SUM(amount) FILTER (WHERE status = 'failed'), 0), 2)   AS failed_amount,
    ROUND(COALESCE(SUM(amount) FILTER (WHERE status = 'pending'), 0), 2)  AS pending_amount,
    ROUND(COALESCE(SUM(amount) FILTER (WHERE status = 'refunded'), 0), 2) AS refunded_amount
FROM invoices
GROUP BY date_trunc('month', issued_at)
ORDER BY date_trunc('month', issued_at)
-- </query>

-- <query net_revenue_retention>
-- <description>Net revenue retention (NRR) and gross revenue retention (GRR) over the last 12 months of data: MRR now of customers paying 12 months earlier vs their MRR then, split into expansion, contraction and churned MRR</description>
-- <question>What is our net revenue retention?</question>
-- <question>What's NRR over the last year?</question>
-- <question>How much revenue did we keep and expand from existing customers?</question>
-- <query>
WITH bounds AS (
    SELECT date_trunc('month', MAX(started_at)) + INTERVAL '1 month'   AS end_at,
           date_trunc('month', MAX(started_at)) - INTERVAL '11 months' AS start_at
    FROM subscriptions
),
start_mrr AS (
    SELECT s.customer_id, SUM(s.mrr) AS mrr
    FROM subscriptions s, bounds b
    WHERE s.started_at < b.start_at AND (s.ended_at IS NULL OR s.ended_at >= b.start_at)
    GROUP BY s.customer_id
),
end_mrr AS (
    SELECT s.customer_id, SUM(s.mrr) AS mrr
    FROM subscriptions s, bounds b
    WHERE s.started_at < b.end_at AND (s.ended_at IS NULL OR s.ended_at >= b.end_at)
    GROUP BY s.customer_id
),
cohort AS (
    SELECT st.customer_id, st.mrr AS start_mrr, COALESCE(e.mrr, 0) AS end_mrr
    FROM start_mrr st
    LEFT JOIN end_mrr e ON e.customer_id = st.customer_id
)
SELECT
    to_char(b.start_at, 'YYYY-MM-DD')                                        AS period_start,
    to_char(b.end_at - INTERVAL '1 day', 'YYYY-MM-DD')                       AS period_end,
    COUNT(*)                                                                 AS starting_customers,
    COUNT(*) FILTER (WHERE c.end_mrr > 0)                                    AS retained_customers,
    ROUND(SUM(c.start_mrr), 2)                                               AS starting_mrr,
    ROUND(COALESCE(SUM(c.end_mrr - c.start_mrr) FILTER (WHERE c.end_mrr > c.start_mrr), 0), 2) AS expansion_mrr,
    ROUND(COALESCE(SUM(c.start_mrr - c.end_mrr) FILTER (WHERE c.end_mrr > 0 AND c.end_mrr < c.start_mrr), 0), 2) AS contraction_mrr,
    ROUND(COALESCE(SUM(c.start_mrr) FILTER (WHERE c.end_mrr = 0), 0), 2)     AS churned_mrr,
    ROUND(SUM(c.end_mrr), 2)                                                 AS ending_mrr,
    ROUND(100 * SUM(c.end_mrr) / SUM(c.start_mrr), 2)                        AS nrr_pct,
    ROUND(100 * SUM(LEAST(c.end_mrr, c.start_mrr)) / SUM(c.start_mrr), 2)    AS grr_pct
FROM cohort c
CROSS JOIN bounds b
GROUP BY b.start_at, b.end_at
ORDER BY period_start
-- </query>
