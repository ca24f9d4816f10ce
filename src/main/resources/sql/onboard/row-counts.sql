-- Rows of one table and the non-empty values of each of its columns; ${counts} is ", count(col)" per column.
SELECT count(*)${counts} FROM ${table}
