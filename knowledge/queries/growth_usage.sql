-- <query customer_count>
-- <description>How many customers we have: paying customers (an active subscription now), customers in their trial, and every customer who ever signed up, churned included.</description>
-- <question>How many customers do we have?</question>
-- <question>How many paying customers are there right now?</question>
-- <query>
SELECT
    (SELECT COUNT(DISTINCT customer_id) FROM subscriptions WHERE status = 'active') AS active_customers,
    COUNT(*) FILTER (WHERE status = 'trial')                                       AS trial_customers,
    COUNT(*)                                                                       AS customers_in_all
FROM customers
-- </query>

-- <query signups_by_month>
-- <description>Monthly new customer signups (customers.signup_date, trials included) with the running total of customers signed up</description>
-- <question>How many customers signed up each month?</question>
-- <question>Show new signups per month</question>
-- <question>How fast are we acquiring new accounts month over month?</question>
-- <query>
SELECT
    to_char(date_trunc('month', signup_date), 'YYYY-MM')                        AS month,
    COUNT(*)                                                                    AS signups,
    SUM(COUNT(*)) OVER (ORDER BY date_trunc('month', signup_date))              AS cumulative_signups
FROM customers
GROUP BY date_trunc('month', signup_date)
ORDER BY date_trunc('month', signup_date)
-- </query>

-- <query signups_by_year>
-- <description>New customer signups per year (customers.signup_date) with year-over-year growth</description>
-- <question>How many customers signed up per year?</question>
-- <question>How many new customers did we get in 2025 compared with 2024?</question>
-- <question>Annual signup growth</question>
-- <query>
SELECT
    EXTRACT(YEAR FROM signup_date)::int                                          AS year,
    COUNT(*)                                                                     AS signups,
    ROUND(100.0 * (COUNT(*) - LAG(COUNT(*)) OVER (ORDER BY EXTRACT(YEAR FROM signup_date)))
          / LAG(COUNT(*)) OVER (ORDER BY EXTRACT(YEAR FROM signup_date)), 1)     AS yoy_growth_pct
FROM customers
GROUP BY EXTRACT(YEAR FROM signup_date)
ORDER BY year
-- </query>

-- <query usage_health_by_plan>
-- <description>Usage health per plan in the latest data month: average active_users / seats per active customer (sampled days averaged, never summed), customers with low (below 0.3) and middling (0.3-0.5) seat utilization, average API calls per sampled day</description>
-- <question>How healthy is product usage by plan?</question>
-- <question>What is seat utilization per plan?</question>
-- <question>How many customers use less than a third of their seats?</question>
-- <query>
WITH latest AS (
    SELECT date_trunc('month', MAX(metric_date))::date AS month_start
    FROM usage_metrics
),
per_customer AS (
    SELECT s.plan,
           u.customer_id,
           AVG(u.active_users) / MAX(s.seats)  AS seat_utilization,
           AVG(u.api_calls)                    AS avg_api_calls
    FROM usage_metrics u
    CROSS JOIN latest l
    JOIN subscriptions s ON s.customer_id = u.customer_id AND s.status = 'active'
    WHERE u.metric_date >= l.month_start
    GROUP BY s.plan, u.customer_id
)
SELECT
    plan,
    COUNT(*)                                                  AS active_customers,
    ROUND(AVG(seat_utilization), 2)                           AS avg_seat_utilization,
    COUNT(*) FILTER (WHERE seat_utilization < 0.3)            AS low_usage_customers,
    COUNT(*) FILTER (WHERE seat_utilization >= 0.3 AND seat_utilization < 0.5) AS middling_usage_customers,
    ROUND(AVG(avg_api_calls), 0)                              AS avg_daily_api_calls
FROM per_customer
GROUP BY plan
ORDER BY array_position(ARRAY['starter', 'professional', 'business', 'enterprise'], plan)
-- </query>
