-- Table and column names of the company data and the agents' views: the words a question can name the data by.
SELECT table_name, column_name, data_type, table_schema
  FROM information_schema.columns
 WHERE table_schema IN ('public', 'dash')
 ORDER BY table_schema, table_name, ordinal_position
