-- Best cosine similarity per entry (an entry may have several vectors), without shipping vectors back.
SELECT metadata ->> 'ref' AS ref, metadata ->> 'kind' AS kind, max(1 - (embedding <=> ?::vector)) AS similarity
  FROM dash_internal.embeddings
 WHERE ?::text[] IS NULL OR metadata ->> 'kind' = ANY (?::text[])
 GROUP BY 1, 2
 ORDER BY 3 DESC
 LIMIT ?
