-- Whether the Engineer can build in its schema here: the schema exists, the role may create in it, and the database
-- is not a read-only replica. ? = the Engineer's schema.
WITH own AS (SELECT ?::text AS schema)
SELECT to_regnamespace(own.schema) IS NOT NULL AND has_schema_privilege(current_user, own.schema, 'CREATE')
           AND NOT pg_is_in_recovery() AS can_build,
       CASE WHEN pg_is_in_recovery() THEN 'the company database is a read-only replica'
            WHEN to_regnamespace(own.schema) IS NULL THEN 'the company database has no ' || own.schema || ' schema'
            WHEN NOT has_schema_privilege(current_user, own.schema, 'CREATE')
                THEN current_user || ' may not create in ' || own.schema
            ELSE current_user || ' creates in ' || own.schema END AS detail
  FROM own
