-- Best cosine similarity per entry (an entry may have several vectors), without shipping vectors back; only entries the
-- viewer may see: those for everyone (no owner) and the viewer's own (a NULL viewer: none of those).
SELECT metadata ->> 'ref' AS ref, metadata ->> 'kind' AS kind, max(1 - (embedding <=> ?::vector)) AS similarity
  FROM dash_internal.embeddings
 WHERE (?::text[] IS NULL OR metadata ->> 'kind' = ANY (?::text[]))
   AND (metadata ->> 'owner' IS NULL OR metadata ->> 'owner' = ?)
 GROUP BY 1, 2
 ORDER BY 3 DESC
 LIMIT ?
