-- Table and column names of the company data and the agents' views: the words a question can name the data by.
-- From the catalog, not information_schema, so tables the service's login has no privilege on still count.
SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type,
       n.nspname AS table_schema, has_table_privilege(c.oid, 'SELECT') AS readable
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname::text = ANY (?)
   AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
 ORDER BY n.nspname, c.relname, a.attnum
