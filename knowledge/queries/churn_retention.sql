-- <query churn_rate_by_plan>
-- <description>Average monthly churn rate per plan (starter, professional, business, enterprise): cancelled subscriptions divided by subscriptions active at the start of each month (summed over all months), with churned MRR. Upgrades and downgrades are not churn.</description>
-- <question>Which plan has the highest churn rate?</question>
-- <question>What is the monthly churn rate by plan?</question>
-- <question>How quickly do starter customers churn compared with enterprise?</question>
-- <query>
WITH months AS (
    SELECT month_start
    FROM generate_series(
        (SELECT date_trunc('month', MIN(started_at)) FROM subscriptions),
        (SELECT date_trunc('month', MAX(started_at)) FROM subscriptions),
        INTERVAL '1 month') AS g(month_start)
),
exposure AS (
    SELECT s.plan, COUNT(*) AS subscription_months
    FROM months m
    JOIN subscriptions s
      ON s.started_at < m.month_start
     AND (s.ended_at IS NULL OR s.ended_at >= m.month_start)
    GROUP BY s.plan
),
cancellations AS (
    SELECT plan, COUNT(*) AS cancellations, SUM(mrr) AS churned_mrr
    FROM subscriptions
    WHERE status = 'cancelled'
    GROUP BY plan
)
SELECT
    e.plan,
    e.subscription_months,
    COALESCE(c.cancellations, 0)                                        AS cancellations,
    ROUND(100.0 * COALESCE(c.cancellations, 0) / e.subscription_months, 2) AS monthly_churn_rate_pct,
    ROUND(COALESCE(c.churned_mrr, 0), 2)                                AS churned_mrr
FROM exposure e
LEFT JOIN cancellations c ON c.plan = e.plan
ORDER BY monthly_churn_rate_pct DESC
-- </query>

-- <query monthly_churn_trend>
-- <description>Customer churn rate and churned MRR per month: customers with an active subscription at the month start, customers whose subscription was cancelled that month, and the rate</description>
-- <question>What is our churn rate each month?</question>
-- <question>How many customers churned per month?</question>
-- <question>Show customer churn and lost MRR over time</question>
-- <query>
WITH months AS (
    SELECT month_start, month_start + INTERVAL '1 month' AS month_end
    FROM generate_series(
        (SELECT date_trunc('month', MIN(started_at)) + INTERVAL '1 month' FROM subscriptions),
        (SELECT date_trunc('month', MAX(started_at)) FROM subscriptions),
        INTERVAL '1 month') AS g(month_start)
),
active_at_start AS (
    SELECT m.month_start, COUNT(DISTINCT s.customer_id) AS customers, SUM(s.mrr) AS mrr
    FROM months m
    JOIN subscriptions s
      ON s.started_at < m.month_start
     AND (s.ended_at IS NULL OR s.ended_at >= m.month_start)
    GROUP BY m.month_start
),
churned AS (
    SELECT m.month_start, COUNT(DISTINCT s.customer_id) AS customers, SUM(s.mrr) AS mrr
    FROM months m
    JOIN subscriptions s
      ON s.status = 'cancelled'
     AND s.ended_at >= m.month_start AND s.ended_at < m.month_end
    GROUP BY m.month_start
)
SELECT
    to_char(a.month_start, 'YYYY-MM')                               AS month,
    a.customers                                                     AS customers_at_start,
    COALESCE(c.customers, 0)                                        AS churned_customers,
    ROUND(100.0 * COALESCE(c.customers, 0) / a.customers, 2)        AS customer_churn_rate_pct,
    ROUND(COALESCE(c.mrr, 0), 2)                                    AS churned_mrr,
    ROUND(100.0 * COALESCE(c.mrr, 0) / a.mrr, 2)                    AS mrr_churn_rate_pct
FROM active_at_start a
LEFT JOIN churned c ON c.month_start = a.month_start
ORDER BY a.month_start
-- </query>

-- <query churn_rate_by_industry>
-- <description>Average monthly churn rate per customer industry (technology, healthcare, finance, retail, education): cancelled subscriptions divided by subscriptions active at each month start, with churned MRR</description>
-- <question>Which industry churns the most?</question>
-- <question>What is the churn rate by industry?</question>
-- <question>Do healthcare customers cancel more often than finance customers?</question>
-- <query>
WITH months AS (
    SELECT month_start
    FROM generate_series(
        (SELECT date_trunc('month', MIN(started_at)) FROM subscriptions),
        (SELECT date_trunc('month', MAX(started_at)) FROM subscriptions),
        INTERVAL '1 month') AS g(month_start)
),
exposure AS (
    SELECT c.industry, COUNT(*) AS subscription_months
    FROM months m
    JOIN subscriptions s
      ON s.started_at < m.month_start
     AND (s.ended_at IS NULL OR s.ended_at >= m.month_start)
    JOIN customers c ON c.id = s.customer_id
    GROUP BY c.industry
),
cancellations AS (
    SELECT c.industry, COUNT(*) AS cancellations, SUM(s.mrr) AS churned_mrr
    FROM subscriptions s
    JOIN customers c ON c.id = s.customer_id
    WHERE s.status = 'cancelled'
    GROUP BY c.industry
)
SELECT
    e.industry,
    e.subscription_months,
    COALESCE(x.cancellations, 0)                                          AS cancellations,
    ROUND(100.0 * COALESCE(x.cancellations, 0) / e.subscription_months, 2) AS monthly_churn_rate_pct,
    ROUND(COALESCE(x.churned_mrr, 0), 2)                                  AS churned_mrr
FROM exposure e
LEFT JOIN cancellations x ON x.industry = e.industry
ORDER BY monthly_churn_rate_pct DESC
-- </query>

-- <query cancellation_reasons>
-- <description>Why customers cancel: cancelled subscriptions per cancellation_reason with share of cancellations and lost MRR</description>
-- <question>Why do customers cancel?</question>
-- <question>What are the top cancellation reasons?</question>
-- <question>How much MRR did we lose to each churn reason?</question>
-- <query>
SELECT
    cancellation_reason,
    COUNT(*)                                                  AS cancellations,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 2)        AS pct_of_cancellations,
    ROUND(SUM(mrr), 2)                                        AS lost_mrr
FROM subscriptions
WHERE status = 'cancelled'
GROUP BY cancellation_reason
ORDER BY cancellations DESC, cancellation_reason
-- </query>

-- <query cohort_retention>
-- <description>Signup-month cohort retention: for customers who ever subscribed, the percent still holding an active subscription at the end of month 1, 3, 6 and 12 after the signup month (NULL when that month is past the data end)</description>
-- <question>Show retention by signup cohort</question>
-- <question>What share of each monthly cohort is still paying after 3, 6 and 12 months?</question>
-- <question>How well do customers who signed up in a given month retain?</question>
-- <query>
WITH bounds AS (
    SELECT date_trunc('month', MAX(started_at)) + INTERVAL '1 month' AS data_end
    FROM subscriptions
),
members AS (
    SELECT c.id, date_trunc('month', c.signup_date) AS cohort_month
    FROM customers c
    WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id)
),
checks AS (
    SELECT m.id, m.cohort_month, k.months_after,
           CASE WHEN m.cohort_month + (k.months_after + 1) * INTERVAL '1 month' <= b.data_end THEN
               EXISTS (SELECT 1 FROM subscriptions s
                       WHERE s.customer_id = m.id
                         AND s.started_at < m.cohort_month + (k.months_after + 1) * INTERVAL '1 month'
                         AND (s.ended_at IS NULL OR s.ended_at >= m.cohort_month + (k.months_after + 1) * INTERVAL '1 month'))
           END AS retained
    FROM members m
    CROSS JOIN bounds b
    CROSS JOIN (VALUES (1), (3), (6), (12)) AS k(months_after)
)
SELECT
    to_char(cohort_month, 'YYYY-MM')                                                 AS signup_cohort,
    COUNT(DISTINCT id)                                                               AS cohort_customers,
    ROUND(100.0 * AVG(retained::int) FILTER (WHERE months_after = 1), 1)             AS retained_month_1_pct,
    ROUND(100.0 * AVG(retained::int) FILTER (WHERE months_after = 3), 1)             AS retained_month_3_pct,
    ROUND(100.0 * AVG(retained::int) FILTER (WHERE months_after = 6), 1)             AS retained_month_6_pct,
    ROUND(100.0 * AVG(retained::int) FILTER (WHERE months_after = 12), 1)            AS retained_month_12_pct
FROM checks
GROUP BY cohort_month
ORDER BY cohort_month
-- </query>

-- <query customers_at_risk>
-- <description>Customers at risk of churning (likely to cancel soon): active customers with low usage (average active_users / seats in the latest data month below 0.5), or who opened high or critical support tickets in the last 3 months of data; highest risk and MRR first</description>
-- <question>Which customers are at risk of churning?</question>
-- <question>Show accounts with low usage or recent urgent tickets</question>
-- <question>Who might cancel soon?</question>
-- <query>
WITH latest AS (
    SELECT date_trunc('month', MAX(metric_date))::date AS month_start
    FROM usage_metrics
),
active AS (
    SELECT customer_id, plan, seats, mrr
    FROM subscriptions
    WHERE status = 'active'
),
usage AS (
    SELECT u.customer_id, AVG(u.active_users) AS avg_active_users
    FROM usage_metrics u
    CROSS JOIN latest l
    WHERE u.metric_date >= l.month_start
    GROUP BY u.customer_id
),
tickets AS (
    SELECT t.customer_id, COUNT(*) AS urgent_tickets
    FROM support_tickets t
    CROSS JOIN latest l
    WHERE t.priority IN ('high', 'critical')
      AND t.created_at >= l.month_start - INTERVAL '2 months'
    GROUP BY t.customer_id
),
scored AS (
    SELECT c.company_name, a.plan, a.seats, a.mrr,
           u.avg_active_users,
           u.avg_active_users / a.seats           AS seat_utilization,
           COALESCE(t.urgent_tickets, 0)          AS urgent_tickets
    FROM active a
    JOIN customers c ON c.id = a.customer_id
    LEFT JOIN usage u   ON u.customer_id = a.customer_id
    LEFT JOIN tickets t ON t.customer_id = a.customer_id
)
SELECT
    company_name,
    plan,
    seats,
    ROUND(mrr, 2)                      AS mrr,
    ROUND(avg_active_users, 1)         AS avg_active_users,
    ROUND(seat_utilization, 2)         AS seat_utilization,
    urgent_tickets                     AS recent_high_priority_tickets,
    CASE WHEN seat_utilization < 0.3 THEN 'high'
         WHEN seat_utilization < 0.5 AND urgent_tickets > 0 THEN 'high'
         ELSE 'medium' END             AS risk_level
FROM scored
WHERE seat_utilization < 0.5 OR urgent_tickets > 0
ORDER BY risk_level, seat_utilization NULLS FIRST, mrr DESC
LIMIT 50
-- </query>

-- <query trial_conversion_rate>
-- <description>Trial conversion rate by signup year and overall: finished trials (first subscription started a later month than signup = converted; churned with no subscription = expired) and the converted share; open trials listed separately</description>
-- <question>What is our trial conversion rate?</question>
-- <question>How many trials turn into paying customers?</question>
-- <question>What percent of free trials convert?</question>
-- <query>
WITH first_sub AS (
    SELECT customer_id, MIN(started_at) AS first_start
    FROM subscriptions
    GROUP BY customer_id
),
trials AS (
    SELECT to_char(c.signup_date, 'YYYY') AS signup_year,
           CASE WHEN f.first_start IS NOT NULL
                     AND date_trunc('month', f.first_start) > date_trunc('month', c.signup_date) THEN 'converted'
                WHEN f.first_start IS NULL AND c.status = 'churned' THEN 'expired'
                WHEN f.first_start IS NULL AND c.status = 'trial' THEN 'open'
           END AS outcome
    FROM customers c
    LEFT JOIN first_sub f ON f.customer_id = c.id
)
SELECT
    COALESCE(signup_year, 'all years')                          AS signup_year,
    COUNT(*) FILTER (WHERE outcome = 'converted')               AS converted_trials,
    COUNT(*) FILTER (WHERE outcome = 'expired')                 AS expired_trials,
    COUNT(*) FILTER (WHERE outcome = 'open')                    AS open_trials,
    ROUND(100.0 * COUNT(*) FILTER (WHERE outcome = 'converted')
          / NULLIF(COUNT(*) FILTER (WHERE outcome IN ('converted', 'expired')), 0), 1) AS trial_conversion_rate_pct
FROM trials
WHERE outcome IS NOT NULL
GROUP BY GROUPING SETS ((signup_year), ())
ORDER BY GROUPING(signup_year), signup_year
-- </query>
