-- What a numeric column's values look like: range, whether all have at most two decimals, whether all are whole.
SELECT min(${column})::numeric::text, max(${column})::numeric::text,
       bool_and(${column}::numeric = round(${column}::numeric, 2)),
       bool_and(${column}::numeric = trunc(${column}::numeric)),
       bool_or(${column}::numeric <> trunc(${column}::numeric))
  FROM ${table}
 WHERE ${column} IS NOT NULL AND ${column}::numeric <> 'NaN'
