-- Dash's two roles on the company database ${database}. Run as a superuser, or as a role with CREATEROLE that owns
-- the schemas below, on the primary (a read replica takes the roles and grants from it):
--     ./dash grants | psql "postgresql://admin@host:5432/${database}"
-- Every statement can run again. The passwords are SCRAM verifiers of DB_ANALYST_PASS and DB_ENGINEER_PASS, never
-- the passwords themselves.
\set ON_ERROR_STOP on
DO $$ BEGIN CREATE ROLE dash_analyst; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dash_engineer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER ROLE dash_analyst LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD '${analystVerifier}';
ALTER ROLE dash_engineer LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD '${engineerVerifier}';

-- Settings the roles keep whatever client connects (Dash sets the same on every connection).
ALTER ROLE dash_analyst SET default_transaction_read_only = on;
ALTER ROLE dash_analyst SET statement_timeout = '${analystStatementTimeout}';
ALTER ROLE dash_analyst SET work_mem = '${analystWorkMem}';
ALTER ROLE dash_analyst SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE dash_analyst SET search_path = ${analystSearchPath};
ALTER ROLE dash_engineer SET statement_timeout = '${engineerStatementTimeout}';
ALTER ROLE dash_engineer SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE dash_engineer SET search_path = ${engineerSearchPath};
GRANT CONNECT ON DATABASE ${databaseIdentifier} TO dash_analyst, dash_engineer;
