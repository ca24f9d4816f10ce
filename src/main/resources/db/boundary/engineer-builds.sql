-- Whether the Engineer can build in its schema here: the schema exists, the role may create in it, and the database
-- is not a read-only replica.
SELECT to_regnamespace('dash') IS NOT NULL AND has_schema_privilege(current_user, 'dash', 'CREATE')
           AND NOT pg_is_in_recovery() AS can_build,
       CASE WHEN pg_is_in_recovery() THEN 'the company database is a read-only replica'
            WHEN to_regnamespace('dash') IS NULL THEN 'the company database has no dash schema'
            WHEN NOT has_schema_privilege(current_user, 'dash', 'CREATE') THEN 'dash_engineer may not create in dash'
            ELSE 'dash_engineer creates in dash' END AS detail
