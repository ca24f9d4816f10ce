-- Tables and views of the given schemas that the connecting role may read, with their columns, types and comments.
-- base_type is the type's short name (int4, numeric, varchar, timestamp) that dev.dash.format.UnitRules reads;
-- a domain gives its base type's, an enum type 'enum'.
SELECT n.nspname AS table_schema, c.relname AS table_name, obj_description(c.oid, 'pg_class') AS table_comment,
       a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type,
       CASE WHEN t.typtype = 'e' THEN 'enum' ELSE COALESCE(bt.typname, t.typname) END AS base_type, NOT a.attnotnull AS nullable,
       col_description(c.oid, a.attnum) AS column_comment
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
 WHERE n.nspname::text = ANY (?)
   AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
   AND NOT c.relispartition
   AND has_table_privilege(c.oid, 'SELECT')
 ORDER BY array_position(?, n.nspname::text), c.relname, a.attnum
