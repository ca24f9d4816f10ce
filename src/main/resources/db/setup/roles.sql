-- Role defaults, applied by the service when its login may manage roles (CREATEROLE or superuser).
-- The datasources set the same values on every connection, so a role that changed its own defaults changes nothing.
ALTER ROLE dash_analyst SET default_transaction_read_only = on;
ALTER ROLE dash_analyst SET statement_timeout = '${analystStatementTimeout}';
ALTER ROLE dash_analyst SET work_mem = '${analystWorkMem}';
ALTER ROLE dash_analyst SET search_path = ${analystSearchPath};
ALTER ROLE dash_engineer SET statement_timeout = '${engineerStatementTimeout}';
ALTER ROLE dash_engineer SET search_path = ${engineerSearchPath};
ALTER ROLE dash_analyst SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE dash_engineer SET idle_in_transaction_session_timeout = '60s';
