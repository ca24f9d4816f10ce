-- Date and timestamp columns of the company tables; their min/max give the span the data covers.
SELECT c.table_schema, c.table_name, c.column_name
FROM information_schema.columns c
JOIN information_schema.tables t USING (table_schema, table_name)
WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
  AND c.data_type IN ('date', 'timestamp without time zone', 'timestamp with time zone')
ORDER BY c.table_name, c.ordinal_position
