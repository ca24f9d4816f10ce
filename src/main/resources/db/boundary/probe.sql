-- What the connected role can do, asked of PostgreSQL as that role (current_user): one row per check, with whether the
-- boundary holds. ? = the schemas of company data (text[]).
WITH company AS (SELECT unnest(?::text[]) AS schema)
SELECT 'cannot_write_company_data' AS check_name,
       NOT EXISTS (SELECT 1 FROM company c
                    WHERE has_schema_privilege(current_user, c.schema, 'CREATE')
                       OR EXISTS (SELECT 1 FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                                   WHERE n.nspname = c.schema AND t.relkind IN ('r', 'p', 'v', 'm')
                                     AND (pg_has_role(current_user, t.relowner, 'USAGE')
                                          OR has_table_privilege(current_user, t.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')))) AS holds,
       'no CREATE on the company schemas, and no INSERT, UPDATE, DELETE, TRUNCATE or ownership of their tables' AS detail
UNION ALL
SELECT 'internal_tables_unreachable',
       -- By oid: a lookup by name (to_regclass) fails with "permission denied for schema" where the boundary holds.
       NOT EXISTS (SELECT 1 FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                    WHERE n.nspname = 'dash_internal' AND t.relkind IN ('r', 'p', 'v', 'm')
                      AND has_schema_privilege(current_user, n.oid, 'USAGE')
                      AND has_table_privilege(current_user, t.oid, 'SELECT')),
       'Dash''s sessions, knowledge and learnings are not readable'
UNION ALL
SELECT 'statement_timeout_applies', current_setting('statement_timeout') NOT IN ('0', '0ms'),
       'statement_timeout is ' || current_setting('statement_timeout')
UNION ALL
SELECT 'not_superuser', NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
       current_user || ' is not a superuser'
