-- The distinct values of a text column, up to ${limit} (one more than a low-cardinality column may have).
SELECT DISTINCT ${column}::text FROM ${table} WHERE ${column} IS NOT NULL ORDER BY 1 LIMIT ${limit}
