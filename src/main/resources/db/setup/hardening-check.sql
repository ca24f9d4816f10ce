-- One row per hardening step that is missing for the Analyst role; empty when all are in place.
SELECT 'pg_terminate_backend is executable by dash_analyst' AS problem
 WHERE has_function_privilege('dash_analyst', 'pg_catalog.pg_terminate_backend(integer, bigint)', 'EXECUTE')
UNION ALL
SELECT 'large-object functions are executable by dash_analyst'
 WHERE has_function_privilege('dash_analyst', 'pg_catalog.lo_create(oid)', 'EXECUTE')
UNION ALL
SELECT 'pg_notify is executable by dash_analyst'
 WHERE has_function_privilege('dash_analyst', 'pg_catalog.pg_notify(text, text)', 'EXECUTE')
UNION ALL
SELECT 'pg_logical_emit_message is executable by dash_analyst'
 WHERE EXISTS (SELECT 1 FROM pg_proc
                WHERE proname = 'pg_logical_emit_message' AND pronamespace = 'pg_catalog'::regnamespace
                  AND has_function_privilege('dash_analyst', oid, 'EXECUTE'))
UNION ALL
SELECT 'pg_sleep, pg_sleep_for and pg_sleep_until are executable by dash_analyst'
 WHERE EXISTS (SELECT 1 FROM pg_proc
                WHERE proname IN ('pg_sleep', 'pg_sleep_for', 'pg_sleep_until') AND pronamespace = 'pg_catalog'::regnamespace
                  AND has_function_privilege('dash_analyst', oid, 'EXECUTE'))
UNION ALL
SELECT 'session-level advisory-lock functions are executable by dash_analyst'
 WHERE EXISTS (SELECT 1 FROM pg_proc
                WHERE proname LIKE 'pg\_%advisory\_%' AND proname NOT LIKE '%\_xact\_%' AND pronamespace = 'pg_catalog'::regnamespace
                  AND has_function_privilege('dash_analyst', oid, 'EXECUTE'))
UNION ALL
SELECT 'dblink or postgres_fdw functions are executable by dash_analyst'
 WHERE EXISTS (SELECT 1 FROM pg_proc p
                 JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
                 JOIN pg_extension e ON e.oid = d.refobjid
                WHERE e.extname IN ('dblink', 'postgres_fdw') AND has_function_privilege('dash_analyst', p.oid, 'EXECUTE'))
