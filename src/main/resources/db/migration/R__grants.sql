-- The security boundary. Re-applied whenever this file changes; objects created later are covered by default privileges.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dash_analyst, dash_engineer', current_database());
END $$;

REVOKE ALL ON SCHEMA dash_internal FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Company data: readable by both agents, writable by neither.
GRANT USAGE ON SCHEMA public TO dash_analyst, dash_engineer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO dash_analyst, dash_engineer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO dash_analyst, dash_engineer;

-- Agent-managed data: the Engineer creates (and owns) what it builds, the Analyst reads it.
-- The default privilege for the Engineer's own objects is set by the Engineer at startup (DatabaseSetup).
GRANT USAGE ON SCHEMA dash TO dash_analyst;
GRANT USAGE, CREATE ON SCHEMA dash TO dash_engineer;
GRANT SELECT ON ALL TABLES IN SCHEMA dash TO dash_analyst;
