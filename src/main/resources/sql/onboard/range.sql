-- The first and last value of a date or timestamp column.
SELECT min(${column})::text, max(${column})::text FROM ${table}
