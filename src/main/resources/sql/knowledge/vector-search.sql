-- Best cosine similarity per entry (an entry may have several vectors), without shipping vectors back; only entries the
-- viewer may see: file-loaded or approved ones, and the viewer's own run-time ones (a NULL viewer: none of those).
WITH visible AS (
    SELECT id AS ref FROM dash_internal.knowledge WHERE origin = 'file' OR approved OR user_id = ?
    UNION ALL
    SELECT 'learning:' || id FROM dash_internal.learnings WHERE approved OR user_id = ?
)
SELECT e.metadata ->> 'ref' AS ref, e.metadata ->> 'kind' AS kind, max(1 - (e.embedding <=> ?::vector)) AS similarity
  FROM dash_internal.embeddings e
  JOIN visible v ON v.ref = e.metadata ->> 'ref'
 WHERE ?::text[] IS NULL OR e.metadata ->> 'kind' = ANY (?::text[])
 GROUP BY 1, 2
 ORDER BY 3 DESC
 LIMIT ?
