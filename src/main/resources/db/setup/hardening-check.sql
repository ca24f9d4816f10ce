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
