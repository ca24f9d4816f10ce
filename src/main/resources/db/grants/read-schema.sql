
-- ${schema}: company data, readable by both roles, writable by neither (and tables the role running this creates
-- later; grant those another role creates with ALTER DEFAULT PRIVILEGES FOR ROLE that_role).
GRANT USAGE ON SCHEMA ${schema} TO dash_analyst, dash_engineer;
REVOKE CREATE ON SCHEMA ${schema} FROM dash_analyst, dash_engineer;
GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO dash_analyst, dash_engineer;
ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT ON TABLES TO dash_analyst, dash_engineer;
