-- Tables and views the Analyst can read, per schema.
SELECT table_schema, table_name, lower(table_type)
FROM information_schema.tables
WHERE table_schema = ANY (?)
ORDER BY array_position(?::text[], table_schema::text), table_name
