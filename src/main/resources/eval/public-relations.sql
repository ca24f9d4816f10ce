-- Every relation of public with its columns and types (indexes and views included), and whether the current role
-- may read its rows: the shape half of the checksum.
SELECT c.relname,
       c.relkind::text,
       coalesce(string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum), '') AS columns,
       c.relkind IN ('r', 'p', 'm') AND has_table_privilege(c.oid, 'SELECT') AS readable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname = 'public'
GROUP BY c.oid, c.relname, c.relkind
ORDER BY c.relname
