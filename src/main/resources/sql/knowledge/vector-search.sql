-- Best cosine similarity per entry (an entry may have several vectors), without shipping vectors back; only entries the
-- viewer may see: those for everyone (no owner) and the viewer's own (a NULL viewer: none of those). jsonb_exists is
-- the jsonb ? operator, which a JDBC statement cannot spell; it keeps the check as cheap as no check (->> is not).
SELECT metadata ->> 'ref' AS ref, metadata ->> 'kind' AS kind, max(1 - (embedding <=> ?::vector)) AS similarity
  FROM dash_internal.embeddings
 WHERE (?::text[] IS NULL OR metadata ->> 'kind' = ANY (?::text[]))
   AND (NOT jsonb_exists(metadata, 'owner') OR metadata ->> 'owner' = ?)
 GROUP BY 1, 2
 ORDER BY 3 DESC
 LIMIT ?
