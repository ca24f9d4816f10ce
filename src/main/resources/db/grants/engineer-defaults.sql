-- What the Engineer creates in ${schema} later, the Analyst may read too.
ALTER DEFAULT PRIVILEGES FOR ROLE dash_engineer IN SCHEMA ${schema} GRANT SELECT ON TABLES TO dash_analyst;
