-- Steps only a superuser can take. `./dash up` runs this file with a local superuser before the service starts;
-- the service runs it itself when its own login is a superuser (a managed database's single URL, as on Railway).
-- Every statement is idempotent.
CREATE SCHEMA IF NOT EXISTS dash_internal;
CREATE EXTENSION IF NOT EXISTS vector SCHEMA dash_internal;

-- Functions that PostgreSQL grants to PUBLIC but that an analysis role has no business calling.
REVOKE EXECUTE ON FUNCTION pg_catalog.pg_terminate_backend(integer, bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.pg_cancel_backend(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_creat(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(oid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_open(oid, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_unlink(oid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_from_bytea(oid, bytea) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_put(oid, bigint, bytea) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_get(oid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lo_get(oid, bigint, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.lowrite(integer, bytea) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.loread(integer, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.pg_advisory_lock(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.pg_notify(text, text) FROM PUBLIC;
-- Writes WAL even in a read-only transaction, so a "read-only" role could fill the disk. Its signature differs between
-- PostgreSQL versions, hence the loop; kept on one line because SqlResource splits statements at line-ending semicolons.
DO $$ DECLARE f regprocedure; BEGIN FOR f IN SELECT oid::regprocedure FROM pg_proc WHERE proname = 'pg_logical_emit_message' AND pronamespace = 'pg_catalog'::regnamespace LOOP EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f); END LOOP; END $$;
-- Functions that hold a pooled connection, or a lock beyond the statement, for as long as the caller likes: sleeping and
-- session-level advisory locks; and the pre-v11 file reader that adminpack kept. Transaction-level advisory locks stay:
-- they end with the statement's transaction, and Flyway takes one to migrate. One line each, as above.
DO $$ DECLARE f regprocedure; BEGIN FOR f IN SELECT oid::regprocedure FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace AND (proname IN ('pg_sleep', 'pg_sleep_for', 'pg_sleep_until', 'pg_read_file_old') OR (proname LIKE 'pg\_%advisory\_%' AND proname NOT LIKE '%\_xact\_%')) LOOP EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f); END LOOP; END $$;
-- dblink and postgres_fdw, where installed, open connections to other servers (or to this one as another role).
DO $$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname IN ('dblink', 'postgres_fdw') LOOP EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f); END LOOP; END $$;
