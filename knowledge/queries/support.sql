-- <query csat_by_category>
-- <description>CSAT (average satisfaction_score 1-5) per ticket category (billing, technical, feature_request, onboarding) and overall, with resolved and rated ticket counts, the rated share (about 30% of resolved tickets are unrated) and the percent scoring 4 or 5</description>
-- <question>What is our CSAT?</question>
-- <question>How satisfied are customers with support, by ticket category?</question>
-- <question>What's the average satisfaction score on support tickets?</question>
-- <query>
SELECT
    COALESCE(category, 'all categories')                                       AS category,
    COUNT(*) FILTER (WHERE resolved_at IS NOT NULL)                            AS resolved_tickets,
    COUNT(satisfaction_score)                                                  AS rated_tickets,
    ROUND(100.0 * COUNT(satisfaction_score)
          / NULLIF(COUNT(*) FILTER (WHERE resolved_at IS NOT NULL), 0), 1)     AS rated_pct_of_resolved,
    ROUND(AVG(satisfaction_score), 2)                                          AS avg_csat,
    ROUND(100.0 * AVG((satisfaction_score >= 4)::int), 1)                      AS pct_satisfied_4_or_5
FROM support_tickets
GROUP BY GROUPING SETS ((category), ())
ORDER BY GROUPING(category), avg_csat DESC
-- </query>

-- <query resolution_time_by_priority>
-- <description>Support ticket resolution time by priority (critical, high, medium, low): tickets, resolved share, still-open tickets, average and median hours from created_at to resolved_at</description>
-- <question>How long does it take to resolve tickets by priority?</question>
-- <question>What is the average resolution time for critical tickets?</question>
-- <question>Are urgent support tickets resolved faster than low priority ones?</question>
-- <query>
SELECT
    priority,
    COUNT(*)                                                                  AS tickets,
    COUNT(resolved_at)                                                        AS resolved_tickets,
    COUNT(*) FILTER (WHERE resolved_at IS NULL)                               AS unresolved_tickets,
    ROUND(100.0 * COUNT(resolved_at) / COUNT(*), 1)                           AS resolved_pct,
    ROUND(AVG(EXTRACT(EPOCH FROM resolved_at - created_at) / 3600), 1)        AS avg_resolution_hours,
    ROUND((percentile_cont(0.5) WITHIN GROUP (
        ORDER BY EXTRACT(EPOCH FROM resolved_at - created_at) / 3600))::numeric, 1) AS median_resolution_hours
FROM support_tickets
GROUP BY priority
ORDER BY array_position(ARRAY['critical', 'high', 'medium', 'low'], priority)
-- </query>
