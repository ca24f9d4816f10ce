-- Columns of one table, first schema of the search order that has it first.
SELECT table_schema, column_name, data_type, is_nullable
FROM information_schema.columns
WHERE table_schema = ANY (?) AND table_name = ?
ORDER BY array_position(?::text[], table_schema::text), ordinal_position
