
-- ${schema}: the Engineer's schema. It creates and owns the views and summary tables it builds; the Analyst reads them.
CREATE SCHEMA IF NOT EXISTS ${schema};
GRANT USAGE ON SCHEMA ${schema} TO dash_analyst;
GRANT USAGE, CREATE ON SCHEMA ${schema} TO dash_engineer;
GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO dash_analyst;
