-- Changes whenever a table, view or column appears or goes in the company data or the agents' views: data terms
-- read before such a change are stale.
SELECT count(*) || ':' || COALESCE(max(c.oid::bigint), 0) || ':' || COALESCE(sum(a.attnum), 0)
  FROM pg_class c
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname::text = ANY (?))
   AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
