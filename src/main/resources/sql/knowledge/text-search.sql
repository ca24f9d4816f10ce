-- Knowledge entries and learnings in which any word of the question occurs (OR), ranked by cover density; only those
-- the viewer may see (as in vector-search.sql).
WITH q AS (SELECT to_tsquery('english', replace(plainto_tsquery('english', ?)::text, '&', '|')) AS words)
SELECT ref, rank FROM (
    SELECT k.id AS ref, ts_rank_cd(k.search, q.words) AS rank
      FROM dash_internal.knowledge k, q
     WHERE k.search @@ q.words AND (k.origin = 'file' OR k.approved OR k.user_id = ?)
    UNION ALL
    SELECT 'learning:' || l.id, ts_rank_cd(l.search, q.words)
      FROM dash_internal.learnings l, q
     WHERE l.search @@ q.words AND (l.approved OR l.user_id = ?)
) hits
ORDER BY rank DESC
LIMIT ?
