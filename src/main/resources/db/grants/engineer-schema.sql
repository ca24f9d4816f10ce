
-- dash: the Engineer's schema. It creates and owns the views and summary tables it builds; the Analyst reads them.
CREATE SCHEMA IF NOT EXISTS dash;
GRANT USAGE ON SCHEMA dash TO dash_analyst;
GRANT USAGE, CREATE ON SCHEMA dash TO dash_engineer;
GRANT SELECT ON ALL TABLES IN SCHEMA dash TO dash_analyst;
ALTER DEFAULT PRIVILEGES FOR ROLE dash_engineer IN SCHEMA dash GRANT SELECT ON TABLES TO dash_analyst;
